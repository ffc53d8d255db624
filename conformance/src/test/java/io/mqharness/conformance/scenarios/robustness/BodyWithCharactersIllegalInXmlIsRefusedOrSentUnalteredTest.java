package io.mqharness.conformance.scenarios.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Crashes;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body holding characters XML 1.0 does not allow (U+0001, U+FFFE; SPEC §4.1: bodies travel as XML
 * text) cannot be written into a well-formed publish request as they are. A client may refuse it
 * with an error (or send it and have the service refuse it), or find a way to send it unaltered;
 * what it must not do is replace the characters and report the altered message as sent.
 */
@Epic("Robustness")
@Feature("Malformed XML")
class BodyWithCharactersIllegalInXmlIsRefusedOrSentUnalteredTest {
  private static final String BODY = "x\u0001y\uFFFEz";

  @ClientScenario(spec = "§4.1, §4.2")
  @Description(
      "SPEC §4.1, §4.2: a body with characters XML 1.0 does not allow (U+0001, U+FFFE) is refused with a typed error, or sent and delivered unaltered; a client never replaces them silently and reports success.")
  void refusedOrDeliveredAsWritten(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    String group = target.group();
    client.consume(topic.consume(group, 1));
    // when
    try {
      client.publish(topic.message(BODY));
    } catch (ClientFailure failure) {
      // then: a typed refusal, by the client or by the service
      Allure.step("refused: " + failure);
      assertThat(failure.kind())
          .as("%s", failure)
          .isIn(ClientFailure.Kind.CLIENT, ClientFailure.Kind.SERVICE);
      assertThat(Crashes.isCrash(failure))
          .as("a typed refusal, not a crash: %s", failure)
          .isFalse();
      return;
    }
    // then: reported as sent, so it must arrive as written
    List<ReceivedMessage> back = client.consume(topic.consume(group, 16));
    Allure.step(
        "reported as sent; read back " + back.stream().map(m -> codePoints(m.body())).toList());
    assertThat(back).as("the message reported as sent arrives").hasSize(1);
    assertThat(codePoints(back.get(0).body()))
        .as("the body as written")
        .isEqualTo(codePoints(BODY));
  }

  private static String codePoints(String text) {
    return text == null
        ? "null"
        : text.codePoints()
            .mapToObj(
                c -> c < 0x20 || c > 0x7E ? String.format("U+%04X", c) : Character.toString(c))
            .collect(Collectors.joining(" "));
  }
}
