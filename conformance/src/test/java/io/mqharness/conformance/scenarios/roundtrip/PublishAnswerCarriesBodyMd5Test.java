package io.mqharness.conformance.scenarios.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.mqharness.protocol.sign.ContentDigest;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Round trips")
@Feature("MD5 of the body")
class PublishAnswerCarriesBodyMd5Test {
  @ClientScenario(spec = "§4.3, §4.4")
  @Description(
      "SPEC §4.3/§4.4: MessageBodyMD5 is the MD5 of the UTF-8 body, in the publish answer and on the consumed message (case is not significant, §9 Q12).")
  void bodyMd5MatchesTheBody(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    String body = target.unique("hello");
    String md5 = ContentDigest.messageBodyMd5(body);
    // when
    PublishResult published = Allure.step("publish", () -> client.publish(topic.message(body)));
    List<ReceivedMessage> received =
        Allure.step("consume", () -> client.consume(topic.consume(target.group(), 1)));
    // then
    assertThat(published.bodyMd5()).isEqualToIgnoringCase(md5);
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              if (m.bodyMd5() != null) {
                assertThat(m.bodyMd5()).isEqualToIgnoringCase(md5);
              }
            });
  }
}
