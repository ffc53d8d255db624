package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;

/**
 * Which protocol code a request that failed inside Jetty gets (the failures a raw-socket test can
 * provoke).
 */
class ProtocolErrorPagesTest {

  @Test
  void aBodyThatEndsOrStopsArrivingBeforeItsContentLengthIsMalformedXml() {
    assertThat(ProtocolErrorPages.codeFor(new EofException("early EOF"), 500))
        .isEqualTo(ErrorCode.MALFORMED_XML);
    // what Jetty reports when the body stalls until the idle timeout (120 s), seen with a raw
    // socket
    assertThat(
            ProtocolErrorPages.codeFor(
                new IOException(new TimeoutException("Idle timeout expired: 120000/120000 ms")),
                500))
        .isEqualTo(ErrorCode.MALFORMED_XML);
  }

  @Test
  void anUndecodableQueryAnUnknownPathAndAnythingElse() {
    assertThat(ProtocolErrorPages.codeFor(new IllegalArgumentException("bad escape"), 500))
        .isEqualTo(ErrorCode.INVALID_QUERY_STRING);
    assertThat(ProtocolErrorPages.codeFor(null, 404)).isEqualTo(ErrorCode.INVALID_REQUEST_URL);
    assertThat(ProtocolErrorPages.codeFor(new IllegalStateException("?"), 500))
        .isEqualTo(ErrorCode.INTERNAL_ERROR);
  }
}
