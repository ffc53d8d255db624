package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Limits")
@Feature("Message size")
class OversizedNormalMessageIsRefusedTest {
  @ClientScenario(spec = "§4.2")
  @Description(
      "SPEC §4.2, DOC-LIMITS: a normal message's body may be 4 MB; one byte more is refused and never delivered.")
  void fourMegabytesPassOneByteMoreIsRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    // when
    PublishResult accepted =
        client.publish(topic.message("a".repeat(ProtocolLimits.MAX_BODY_BYTES)));
    // then
    assertRefused(
        () -> client.publish(topic.message("b".repeat(ProtocolLimits.MAX_BODY_BYTES + 1))),
        "InvalidArgument");
    List<ReceivedMessage> received = client.consume(topic.consume(target.group(), 16));
    assertThat(received)
        .extracting(ReceivedMessage::messageId)
        .containsExactly(accepted.messageId());
    assertThat(received.get(0).body()).hasSize(ProtocolLimits.MAX_BODY_BYTES);
  }
}
