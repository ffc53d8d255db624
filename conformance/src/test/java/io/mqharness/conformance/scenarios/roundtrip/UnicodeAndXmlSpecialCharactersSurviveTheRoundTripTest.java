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
import java.util.List;

@Epic("Round trips")
@Feature("Publish and consume")
class UnicodeAndXmlSpecialCharactersSurviveTheRoundTripTest {
  @ClientScenario(spec = "§4.1")
  @Description(
      "SPEC §4.1: bodies are UTF-8 and escaped in XML; a body with <, >, &, quotes and non-ASCII text comes back unchanged.")
  void bodyComesBackByteForByte(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    String body = "<order id=\"7\" note='a & b'> ]]> Grüße 消息 € 🚀</order>";
    // when
    client.publish(topic.message(body).withTag("TagU"));
    List<ReceivedMessage> received =
        Allure.step("consume", () -> client.consume(topic.consume(target.group(), 16)));
    // then
    assertThat(received).extracting(ReceivedMessage::body).containsExactly(body);
  }
}
