package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Crashes;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;
import java.util.Map;

/**
 * A property whose value is empty ({@code k:} on the wire) cannot travel: SPEC §5.1 says every SDK
 * refuses empty keys and values, and §5.2 that a reader keeps only pairs of two non-empty parts.
 * The expected behaviour is the official Java SDK's: it refuses the message before sending ({@code
 * ClientException "Message's property can't be null or empty"}, {@code XmlUtil.checkPropValid}). A
 * service that refuses it ({@code InvalidArgument}) is as good. A client that reports success has
 * either dropped the property without a word or sent {@code k:}; the scenario records what went
 * over the wire and what came back.
 */
@Epic("Wire conformance")
@Feature("Message properties")
class PropertyWithAnEmptyValueIsRefusedTest {
  @ClientScenario(spec = "§5.1, §5.2", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §5.1/§5.2: a message with a property whose value is empty is refused with a typed error (by the client before sending, as the Java SDK does, or by the service) and nothing is stored; a client that reports it as sent has dropped or mangled the property without a word.")
  void emptyValueIsRefused(MqClientAdapter client, TargetControl target) {
    // given
    TestTopic topic = target.topic();
    String group = target.group();
    client.consume(topic.consume(group, 1));
    // when
    try {
      client.publish(
          topic.message("empty property value").withProperties(Map.of("empty", "", "full", "v")));
    } catch (ClientFailure failure) {
      // then: refused, by the client or the service, with a typed error
      Allure.step(
          "refused: " + failure + "; publish requests sent: " + publishBodies(target, topic));
      assertThat(failure.kind())
          .as("%s", failure)
          .isIn(ClientFailure.Kind.CLIENT, ClientFailure.Kind.SERVICE);
      assertThat(Crashes.isCrash(failure))
          .as("a typed refusal, not a crash: %s", failure)
          .isFalse();
      assertThat(client.consume(topic.consume(group, 16))).as("nothing stored").isEmpty();
      return;
    }
    List<ReceivedMessage> back = client.consume(topic.consume(group, 16));
    fail(
        "the client reported as sent a message whose property \"empty\" has an empty value; it sent "
            + publishBodies(target, topic)
            + " and read back the properties "
            + back.stream().map(ReceivedMessage::properties).toList());
  }

  private static List<String> publishBodies(TargetControl target, TestTopic topic) {
    return target.journal().requestsTo(topic).stream()
        .filter(r -> r.getMethod().getName().equals("POST"))
        .map(LoggedRequest::getBodyAsString)
        .map(body -> body.replaceAll("(?s).*(<Properties>.*</Properties>).*", "$1"))
        .toList();
  }
}
