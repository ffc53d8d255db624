package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

@Epic("Round trips")
@Feature("Long polling")
class LongPollWakesOnPublishTest {
  @ClientScenario(spec = "§2.6")
  @Description(
      "SPEC §2.6: a long poll (waitseconds=20) returns as soon as a message is published (within 8 s), long before its wait ends (time limits: DRIVER.md §5).")
  void waitingConsumeReturnsThePublishedMessage(MqClientAdapter client, TargetControl target)
      throws Exception {
    // given
    TestTopic topic = target.topic();
    MqClientAdapter publisher = target.secondConnection(client);
    CompletableFuture<List<ReceivedMessage>> poll =
        CompletableFuture.supplyAsync(() -> client.consume(topic.longPoll(target.group(), 16, 20)));
    Thread.sleep(1_000);
    // when
    long published = System.nanoTime();
    Allure.step("publish while the poll waits", () -> publisher.publish(topic.message("wake up")));
    // then
    assertThat(poll)
        .succeedsWithin(Duration.ofSeconds(8))
        .satisfies(
            messages ->
                assertThat(messages).extracting(ReceivedMessage::body).containsExactly("wake up"));
    assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(8));
  }
}
