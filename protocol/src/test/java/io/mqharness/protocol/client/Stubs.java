package io.mqharness.protocol.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.support.Vectors;

/** WireMock answers shaped like the service's (SPEC §2.5). */
final class Stubs {
  static final String REQUEST_ID_HEADER = "5F2A0C1B3D4E5F60718293FF";

  private Stubs() {}

  static ResponseDefinitionBuilder xml(int status, String vectorBody) {
    return xmlText(status, Vectors.bodyText(vectorBody));
  }

  static ResponseDefinitionBuilder xmlText(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", WireHeaders.ANSWER_CONTENT_TYPE)
        .withHeader("x-mq-request-id", REQUEST_ID_HEADER)
        .withBody(body);
  }
}
