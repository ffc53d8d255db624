package io.mqharness.protocol.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.protocol.sign.VerificationResult;
import java.util.List;
import java.util.Optional;

/** Reads WireMock's journal the way a server sees a request. */
final class RecordedRequests {
  static final SignatureVerifier VERIFIER =
      new SignatureVerifier(id -> id.equals("ak") ? Optional.of("sk") : Optional.empty());

  private RecordedRequests() {}

  static LoggedRequest only(WireMockExtension wireMock) {
    List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** Checks the signature over the URL exactly as received (SPEC §3.2 step 3). */
  static VerificationResult verify(LoggedRequest request) {
    return VERIFIER.verify(
        request.getMethod().getName(),
        request.getUrl(),
        name -> request.containsHeader(name) ? request.getHeader(name) : null);
  }
}
