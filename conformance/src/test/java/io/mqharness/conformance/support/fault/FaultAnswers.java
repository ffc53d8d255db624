package io.mqharness.conformance.support.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.xml.ProtocolXml;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Answers a misbehaving service gives, shaped as the protocol shapes them (SPEC §2.5, §4.6, §7).
 */
public final class FaultAnswers {
  public static final String CONTENT_TYPE = WireHeaders.ANSWER_CONTENT_TYPE;

  private FaultAnswers() {}

  /** A whole-request {@code <Error>} with the request id in body and header. */
  public static ResponseDefinitionBuilder error(int status, String code, String requestId) {
    byte[] body =
        ProtocolXml.writeErrorResponse(
            new ErrorResponse(
                code, "Injected by the conformance suite.", requestId, "http://127.0.0.1"));
    return xml(status, body).withHeader("x-mq-request-id", requestId);
  }

  /** A 404 {@code <Errors>} listing failed receipt handles (SPEC §7.3). */
  public static ResponseDefinitionBuilder handleErrors(
      String requestId, List<HandleError> failures) {
    return xml(404, ProtocolXml.writeHandleErrors(new HandleErrors(failures)))
        .withHeader("x-mq-request-id", requestId);
  }

  public static ResponseDefinitionBuilder xml(int status, byte[] body) {
    return aResponse().withStatus(status).withHeader("Content-Type", CONTENT_TYPE).withBody(body);
  }

  public static ResponseDefinitionBuilder xml(int status, String body) {
    return xml(status, body.getBytes(StandardCharsets.UTF_8));
  }

  public static ResponseDefinitionBuilder fault(Fault fault) {
    return aResponse().withFault(fault);
  }

  /**
   * A correct 201 publish answer for {@code body} under {@code messageId}, sent {@code delay} late.
   */
  public static ResponseDefinitionBuilder publishedAfter(
      Duration delay, String messageId, String body) {
    byte[] answer =
        ProtocolXml.writePublishResponse(
            new PublishResponse(messageId, ContentDigest.messageBodyMd5(body), null));
    return xml(201, answer)
        .withHeader("x-mq-request-id", "BF2A0C1B3D4E5F60718293A4")
        .withFixedDelay((int) delay.toMillis());
  }
}
