package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Slow;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.util.List;

@Epic("Transactions")
@Feature("Transaction checks")
@Slow
class HalfMessageIsOfferedForCheckOnlyAfterCheckImmunityTest {
  @ClientScenario(spec = "§6.5 rule 5", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 5: trans=pop returns a half message only once its check immunity time (__TransCheckT) has passed, then with ConsumedTimes 1 and its properties.")
  void popWaitsForTheImmunityTime(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    PublishResult half = HalfMessages.publishHalf(client, topic, "check me", "2");
    // when
    List<ReceivedMessage> early = client.consumeHalf(topic.consume(target.group(), 16));
    Allure.step("let 8 of the 10 s pass", () -> target.advance(Duration.ofSeconds(8)));
    List<ReceivedMessage> stillEarly = client.consumeHalf(topic.consume(target.group(), 16));
    Allure.step("let the immunity time pass", () -> target.advance(Duration.ofSeconds(3)));
    List<ReceivedMessage> due = client.consumeHalf(topic.consume(target.group(), 16));
    // then
    assertThat(early).isEmpty();
    assertThat(stillEarly).isEmpty();
    assertThat(due)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(half.messageId());
              assertThat(m.consumedTimes()).isEqualTo(1);
              assertThat(m.property("a")).isEqualTo("2");
            });
  }
}
