package io.mqharness.conformance.scenarios.limits;

import static io.mqharness.conformance.scenarios.limits.Refusals.assertRefused;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.limits.ProtocolLimits;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.ArrayList;
import java.util.List;

@Epic("Limits")
@Feature("Batch size")
class AckOfMoreThanSixteenHandlesIsRefusedTest {
  @ClientScenario(spec = "§4.5", capabilities = Capability.BATCH_ACK)
  @Description(
      "SPEC §4.5: an ack takes 1..16 receipt handles; 17 are refused as a whole and none is applied, so the same handles ack fine afterwards.")
  void seventeenHandlesAreRefusedAndNoneIsApplied(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    client.consume(topic.consume(target.group(), 1));
    int count = ProtocolLimits.MAX_RECEIPT_HANDLES + 1;
    for (int i = 0; i < count; i++) {
      client.publish(topic.message("m" + i));
    }
    List<String> handles = new ArrayList<>();
    for (int round = 0; round < 4 && handles.size() < count; round++) {
      client.consume(topic.consume(target.group(), 16)).stream()
          .map(ReceivedMessage::receiptHandle)
          .forEach(handles::add);
    }
    // when / then
    assertRefused(() -> client.ack(topic.handles(target.group(), handles)), "InvalidArgument");
    client.ack(
        topic.handles(target.group(), handles.subList(0, ProtocolLimits.MAX_RECEIPT_HANDLES)));
    client.ack(
        topic.handles(target.group(), handles.subList(ProtocolLimits.MAX_RECEIPT_HANDLES, count)));
  }
}
