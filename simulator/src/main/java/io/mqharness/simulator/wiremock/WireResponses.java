package io.mqharness.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.engine.AckOutcome;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import io.mqharness.simulator.engine.ConsumeOutcome;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import io.mqharness.simulator.engine.PublishOutcome;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import io.mqharness.simulator.engine.Rejected;

/** The only place engine outcomes become status, headers and XML (SPEC §2.5, §4, §7). */
final class WireResponses {
  private final String requestId;
  private final String hostId;

  WireResponses(String requestId, String hostId) {
    this.requestId = requestId;
    this.hostId = hostId;
  }

  ResponseDefinition publish(PublishOutcome outcome) {
    if (outcome instanceof Published p) {
      return xml(201, ProtocolXml.writePublishResponse(p.response()));
    }
    return rejected((Rejected) outcome);
  }

  ResponseDefinition consume(ConsumeOutcome outcome) {
    if (outcome instanceof Delivered d) {
      return xml(200, ProtocolXml.writeConsumedMessages(new ConsumedMessages(d.messages())));
    }
    if (outcome instanceof NoMessage) {
      return error(ErrorCode.MESSAGE_NOT_EXIST, ErrorCode.MESSAGE_NOT_EXIST.defaultMessage());
    }
    return rejected((Rejected) outcome);
  }

  ResponseDefinition ack(AckOutcome outcome) {
    if (outcome instanceof AllAcked) {
      return base(204).build();
    }
    if (outcome instanceof PartiallyFailed p) {
      return xml(
          ErrorCode.PER_HANDLE_ERRORS_STATUS,
          ProtocolXml.writeHandleErrors(new HandleErrors(p.failures())));
    }
    return rejected((Rejected) outcome);
  }

  private ResponseDefinition rejected(Rejected r) {
    return error(r.code(), r.message());
  }

  ResponseDefinition error(ErrorCode code, String message) {
    return xml(code.httpStatus(), errorBody(code, message, requestId, hostId));
  }

  /**
   * The {@code <Error>} body of every whole-request error the simulator sends (SPEC §4.6, §7.2),
   * whether the stub or Jetty answers: code, free-text message (made XML-safe by the protocol's
   * writer), request id and host id.
   */
  static byte[] errorBody(ErrorCode code, String message, String requestId, String hostId) {
    return ProtocolXml.writeErrorResponse(
        new ErrorResponse(code.wireCode(), message, requestId, hostId));
  }

  private ResponseDefinition xml(int status, byte[] body) {
    return base(status)
        .withHeader("Content-Type", WireHeaders.ANSWER_CONTENT_TYPE)
        .withBody(body)
        .build();
  }

  private ResponseDefinitionBuilder base(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader(WireHeaders.REQUEST_ID_HEADER, requestId)
        .withHeader(WireHeaders.VERSION_HEADER, WireHeaders.VERSION);
  }
}
