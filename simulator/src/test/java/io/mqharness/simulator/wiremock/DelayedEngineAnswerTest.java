package io.mqharness.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A slow service: a stub of higher priority than the engine's that names the engine's transformer
 * and a delay.
 */
class DelayedEngineAnswerTest {
  private static final int DELAY_MS = 300;

  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withSystemClock();

  @Test
  void aDelayStubNamingTheEngineAnswersWithTheEnginesAnswerNoSoonerThanItsDelay(
      MqSimulator simulator) {
    // given: publishes to T_SLOW answered by the engine, 300 ms late
    simulator
        .wireMock()
        .stubFor(
            post(urlPathEqualTo("/topics/T_SLOW/messages"))
                .atPriority(1)
                .willReturn(
                    aResponse()
                        .withTransformers(MqProtocolTransformer.NAME)
                        .withFixedDelay(DELAY_MS)));
    MqClient client = mq.client();

    // when
    long started = System.nanoTime();
    PublishResponse published =
        client.producer("I1", "T_SLOW").publish(TopicMessage.of("slow but sure"));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    // then: the engine's own answer (its MD5 of this body), stored and consumable, sent after the
    // delay
    assertThat(published.bodyMd5()).isEqualTo(ContentDigest.messageBodyMd5("slow but sure"));
    assertThat(tookMillis).isGreaterThanOrEqualTo(DELAY_MS);
    assertThat(simulator.wireMock().getAllServeEvents())
        .filteredOn(e -> e.getRequest().getUrl().contains("T_SLOW"))
        .singleElement()
        .satisfies(e -> assertThat(e.getTiming().getAddedDelay()).isEqualTo(DELAY_MS));
    List<ConsumedMessage> consumed = client.consumer("I1", "T_SLOW", "GID_1", null).consume(16, 0);
    assertThat(consumed)
        .singleElement()
        .satisfies(m -> assertThat(m.messageId()).isEqualTo(published.messageId()));
  }
}
