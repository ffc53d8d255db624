package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
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

@Epic("Round trips")
@Feature("Publish and consume")
class PublishedMessageArrivesWithBodyTagPropertiesAndKeyTest {
  @ClientScenario(spec = "§4.2, §4.4, §5")
  @Description(
      "SPEC §4.2, §4.4, §5: a consumed message carries the published body, tag, user properties and message key (KEYS), under the id publish returned, delivered for the first time.")
  void consumedMessageCarriesWhatWasPublished(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    PublishCommand message =
        topic
            .message(target.unique("order created"))
            .withTag("TagA")
            .withProperties(Map.of("region", "eu", "priority", "high"))
            .withMessageKey(target.unique("key"));
    // when
    PublishResult published =
        Allure.step("publish with tag, properties and key", () -> client.publish(message));
    List<ReceivedMessage> received =
        Allure.step("consume", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(published.messageId());
              assertThat(m.body()).isEqualTo(message.body());
              assertThat(m.tag()).isEqualTo("TagA");
              assertThat(m.properties())
                  .containsEntry("region", "eu")
                  .containsEntry("priority", "high")
                  .containsEntry("KEYS", message.messageKey());
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
  }
}
