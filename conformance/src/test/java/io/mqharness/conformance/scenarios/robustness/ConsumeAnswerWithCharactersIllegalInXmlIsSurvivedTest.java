package io.mqharness.conformance.scenarios.robustness;

import static io.mqharness.conformance.support.fault.FaultRequests.consumeFrom;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.fault.RawConsumeAnswer;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real service hands out bodies that are not XML 1.0 text when they were published over its other
 * protocols; the official PHP SDK learnt to parse such answers message by message (upstream "Try to
 * resolve messages when message body contains illegal character"). Here a consume answer holds two
 * good messages and two bad ones: a body with U+0001 and a body with an encoded lone surrogate
 * (bytes ED A0 80, not UTF-8).
 */
@Epic("Robustness")
@Feature("Malformed XML")
class ConsumeAnswerWithCharactersIllegalInXmlIsSurvivedTest {
  private static final byte[] CONTROL_CHARACTER = {'a', 0x01, 'b'};
  private static final byte[] LONE_SURROGATE = {'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'd'};
  private static final Set<String> CRASHES =
      Set.of("DriverExited", "DriverProtocolError", "DriverStartFailed");

  @ClientScenario(spec = "§4.1, §4.4", needs = TargetFeature.FAULT_INJECTION)
  @Description(
      "SPEC §4.1, §4.4: a consume answer whose bodies hold a control character or a lone surrogate is survived: the client either returns every message (the good ones intact, none dropped or invented) or fails with a typed error; it never hangs, crashes or silently loses a message.")
  void goodMessagesComeBackIntactOrTheWholeAnswerIsATypedError(
      MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    target
        .faults()
        .inject(
            consumeFrom(topic)
                .willReturn(
                    new RawConsumeAnswer(target.nowMillis())
                        .message(
                            "0B0A00000000000000000000000000G1",
                            "RH-GOOD-1",
                            RawConsumeAnswer.utf8("before"))
                        .message("0B0A00000000000000000000000000B1", "RH-BAD-1", CONTROL_CHARACTER)
                        .message("0B0A00000000000000000000000000B2", "RH-BAD-2", LONE_SURROGATE)
                        .message(
                            "0B0A00000000000000000000000000G2",
                            "RH-GOOD-2",
                            RawConsumeAnswer.utf8("after"))
                        .answer("5F2A0C1B3D4E5F60718293C1")));
    // when
    List<ReceivedMessage> received;
    try {
      received = client.consume(topic.consume(target.group(), 16));
    } catch (ClientFailure failure) {
      // then: a typed error is a fine answer, as long as it is not a timeout or a crashed driver
      Allure.step("the client failed with " + failure);
      assertThat(failure.kind())
          .as("%s", failure)
          .isIn(ClientFailure.Kind.CLIENT, ClientFailure.Kind.SERVICE);
      assertThat(failure.code()).as("%s", failure).isNotIn(CRASHES);
      return;
    }
    // then: every message accounted for, the good ones byte for byte
    Allure.step(
        "the client returned "
            + received.stream()
                .map(
                    m ->
                        m.messageId()
                            + "="
                            + m.body()
                                .codePoints()
                                .mapToObj(
                                    c ->
                                        c < 0x20 || c > 0x7E
                                            ? String.format("\\u%04X", c)
                                            : Character.toString(c))
                                .collect(Collectors.joining()))
                .toList());
    Map<String, ReceivedMessage> byId =
        received.stream().collect(Collectors.toMap(ReceivedMessage::messageId, m -> m));
    assertThat(byId.keySet())
        .as("no message dropped or invented")
        .containsExactlyInAnyOrder(
            "0B0A00000000000000000000000000G1", "0B0A00000000000000000000000000B1",
            "0B0A00000000000000000000000000B2", "0B0A00000000000000000000000000G2");
    assertThat(byId.get("0B0A00000000000000000000000000G1").body()).isEqualTo("before");
    assertThat(byId.get("0B0A00000000000000000000000000G2").body()).isEqualTo("after");
    assertThat(byId.get("0B0A00000000000000000000000000B1").receiptHandle()).isEqualTo("RH-BAD-1");
    assertThat(byId.get("0B0A00000000000000000000000000B2").receiptHandle()).isEqualTo("RH-BAD-2");
  }
}
