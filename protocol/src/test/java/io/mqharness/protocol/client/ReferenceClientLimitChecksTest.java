package io.mqharness.protocol.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.mqharness.protocol.client.Stubs.xmlText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mqharness.protocol.sign.Credentials;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With limit checks on, the reference client refuses out-of-limit requests before sending; off, it
 * sends them.
 */
class ReferenceClientLimitChecksTest {
  private static final String INVALID_ARGUMENT =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\">"
          + "<Code>InvalidArgument</Code><Message>out of range</Message><RequestId>5F2A0C1B3D4E5F60718293A4</RequestId>"
          + "<HostId>http://127.0.0.1</HostId></Error>";

  @RegisterExtension
  static WireMockExtension wireMock =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private MqClient client(boolean checks) {
    return new MqClient(
        URI.create(wireMock.baseUrl()),
        Credentials.of("ak", "sk"),
        MqClientOptions.defaults().withLimitChecks(checks));
  }

  @Test
  void anOversizedTransactionalMessageIsRefusedBeforeItIsSent() {
    // given
    TopicMessage oversized =
        TopicMessage.of("x".repeat(64 * 1024 + 1)).withTransCheckImmunitySeconds(10);
    // when / then
    assertThatThrownBy(() -> client(true).transProducer("I1", "TT", "GID_T").publish(oversized))
        .isInstanceOfSatisfying(
            LimitExceededException.class,
            e -> {
              assertThat(e.violation().element()).isEqualTo("MessageBody");
              assertThat(e.getMessage()).contains("65536", "65537");
            });
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void consumeAndAckOutsideTheirRangesAreRefusedBeforeTheyAreSent() {
    MqConsumer consumer = client(true).consumer("I1", "T1", "GID_1", null);
    assertThatThrownBy(() -> consumer.consume(17, 0)).isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> consumer.consume(0, 0)).isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> consumer.consume(1, 31)).isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> consumer.ack(Collections.nCopies(17, "RH")))
        .isInstanceOf(LimitExceededException.class);
    assertThatThrownBy(() -> consumer.ack(List.of("RH-1", "")))
        .isInstanceOf(LimitExceededException.class);
    assertThat(wireMock.getAllServeEvents()).isEmpty();
  }

  @Test
  void withoutChecksTheSameRequestsReachTheServer() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xmlText(400, INVALID_ARGUMENT)));
    wireMock.stubFor(get(anyUrl()).willReturn(xmlText(400, INVALID_ARGUMENT)));
    wireMock.stubFor(delete(anyUrl()).willReturn(xmlText(400, INVALID_ARGUMENT)));
    MqClient client = client(false);
    // when
    assertThatThrownBy(
            () -> client.producer("I1", "T1").publish(TopicMessage.of("x").withTag("t".repeat(65))))
        .isInstanceOf(MqServiceException.class);
    assertThatThrownBy(() -> client.consumer("I1", "T1", "GID_1", null).consume(17, 0))
        .isInstanceOf(MqServiceException.class);
    assertThatThrownBy(() -> client.consumer("I1", "T1", "GID_1", null).ack(List.of("RH-1", "")))
        .isInstanceOf(MqServiceException.class);
    // then
    assertThat(wireMock.getAllServeEvents()).hasSize(3);
    assertThat(wireMock.findAll(WireMock.deleteRequestedFor(anyUrl())))
        .singleElement()
        .satisfies(
            r -> assertThat(r.getBodyAsString().split("<ReceiptHandle[ />]", -1)).hasSize(3));
  }
}
