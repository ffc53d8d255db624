package io.mqharness.conformance.scenarios.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;
import java.util.Map;

@Epic("Transactions")
@Feature("Commit and rollback")
class CommittedMessageKeepsItsIdTagAndPropertiesTest {
  @ClientScenario(spec = "§6.5 rule 7", capabilities = Capability.TRANSACTIONS)
  @Description(
      "SPEC §6.5 rule 7: a committed message keeps its MessageId, tag and properties and is visible to every group.")
  void commitKeepsTheMessageAsPublished(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = HalfMessages.topic(target);
    Allure.step(
        "both groups subscribe (a first, empty consume)",
        () -> {
          client.consume(topic.consume(target.group(), 16));
          client.consume(topic.consume(target.otherGroup(), 16));
        });
    PublishResult half =
        client.publish(
            topic
                .message("kept")
                .withTag("TagT")
                .withProperties(Map.of("order", "42"))
                .withTransCheckImmunitySeconds(HalfMessages.CHECK_IMMUNITY_SECONDS));
    client.commit(topic.handle(target.group(), half.receiptHandle()));
    // when
    List<ReceivedMessage> first =
        Allure.step("group A consumes", () -> client.consume(topic.consume(target.group(), 16)));
    List<ReceivedMessage> second =
        Allure.step(
            "group B consumes", () -> client.consume(topic.consume(target.otherGroup(), 16)));
    // then
    for (List<ReceivedMessage> received : List.of(first, second)) {
      assertThat(received)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.messageId()).isEqualTo(half.messageId());
                assertThat(m.tag()).isEqualTo("TagT");
                assertThat(m.property("order")).isEqualTo("42");
              });
    }
  }
}
