package io.mqharness.conformance.adapter.driver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ClientFailure.Kind;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * drivers/go with github.com/aliyunmq/mq-http-go-sdk 1.0.3, compiled by the build (module mode
 * through the Go module proxy, else GOPATH mode with ../shared/clients/go and Debian's fasthttp).
 */
class GoSdkDriverTest extends SdkDriverContract {
  @Override
  DriverProcessAdapter newClient() {
    return DriverClients.goSdk();
  }

  @Override
  String expectedName() {
    return "go-sdk";
  }

  /**
   * An {@code <Errors>} answer without an {@code <Error>} entry makes the SDK panic (index 0 of an
   * empty slice in AliyunMQAckMsgDecoder.DecodeError): the driver reports it as a client failure
   * and keeps running.
   */
  @Test
  void sdkPanicOnAnEmptyErrorsAnswerIsAClientFailureAndTheDriverLivesOn() {
    // given
    StubMapping emptyErrors =
        mq.simulator()
            .wireMock()
            .stubFor(
                delete(urlPathEqualTo("/topics/" + TOPIC + "/messages"))
                    .atPriority(1)
                    .willReturn(
                        aResponse()
                            .withStatus(404)
                            .withHeader("Content-Type", "text/xml;charset=utf-8")
                            .withBody(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Errors xmlns=\"http://mq.aliyuncs.com/doc/v1/\"></Errors>")));
    try {
      // when
      ClientFailure failure =
          catchThrowableOfType(
              ClientFailure.class,
              () -> client.ack(AckCommand.of("", TOPIC, GROUP, List.of("RH-1"))));
      // then
      assertThat(failure.kind()).isEqualTo(Kind.CLIENT);
      assertThat(failure.code()).isEqualTo("SdkPanic");
      assertThat(failure.getMessage()).contains("index out of range");
    } finally {
      mq.simulator().wireMock().removeStub(emptyErrors);
    }
    assertThat(client.publish(PublishCommand.of("", TOPIC, "still here")).messageId()).isNotBlank();
  }

  /**
   * The SDK moves {@code __TransCheckT} into the field TransCheckImmunityTime; the driver puts it
   * back.
   */
  @Override
  void checkImmunityAsReported(ReceivedMessage popped) {
    assertThat(popped.properties())
        .containsEntry("__TransCheckT", "10")
        .doesNotContainKey("__STARTDELIVERTIME");
  }
}
