package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.Map;

@Epic("Limits")
@Feature("User properties")
class PropertiesOverSixteenKilobytesAreRefusedTest {
  @ClientScenario(spec = "§5.1")
  @Description(
      "SPEC §5.1, DOC-LIMITS: the user properties' keys and values may sum to 16 KB; one byte more is refused and never delivered.")
  void sixteenKilobytesPassOneByteMoreIsRefused(MqClientAdapter client, TargetControl target) {
    // given: the key "k" and a value that make exactly 16 KB together
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    String value = "v".repeat(ProtocolLimits.MAX_USER_PROPERTIES_BYTES - 1);
    // when
    PublishResult accepted =
        client.publish(topic.message("at the limit").withProperties(Map.of("k", value)));
    // then
    assertRefused(
        () -> client.publish(topic.message("over").withProperties(Map.of("k", value + "v"))),
        "InvalidArgument");
    assertThat(client.consume(topic.consume(target.group(), 16)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(accepted.messageId());
              assertThat(m.property("k")).isEqualTo(value);
            });
  }
}
