package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

/**
 * An instance without namespace: the instance id is empty, every request leaves {@code ns} out
 * (SPEC §2.2; an empty {@code ns=} is read the same, §8) and still names its group in {@code
 * consumer}. Every client goes through publish, consume, ack, a half publish, a half pop and a
 * commit with the publish handle on such an instance, whatever {@code mq.target.instanceId} the run
 * has (docs/conformance.md: {@code -Dmq.target.instanceId=} runs the whole catalogue so).
 */
@Epic("Wire conformance")
@Feature("Query parameters")
class RequestsWithoutAnInstanceIdCarryNoNamespaceTest {
  @ClientScenario(
      spec = "§2.2, §8 #18",
      capabilities = Capability.TRANSACTIONS,
      needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.2, §8 #18: with an empty instance id every request leaves ns out (or sends it empty) and every GET and DELETE names its group in consumer; publish, consume, ack, half pop and commit work end to end.")
  void noNamespaceAndTheGroupOnEveryRequest(MqClientAdapter client, TargetControl target) {
    // given: the scenario's topic, on the instance without namespace
    TestTopic topic = new TestTopic("", target.topic().name());
    String group = target.group();
    // when
    client.publish(topic.message("no namespace"));
    List<ReceivedMessage> received = client.consume(topic.consume(group, 16));
    client.ack(topic.handles(group, Received.handles(received)));
    PublishResult half =
        client.publish(topic.message("half without namespace").withTransCheckImmunitySeconds(10));
    client.consumeHalf(topic.consume(group, 1));
    client.commit(topic.handle(group, half.receiptHandle()));
    List<ReceivedMessage> committed = client.consume(topic.consume(group, 16));
    // then
    List<LoggedRequest> requests = target.journal().requestsTo(topic);
    Allure.addAttachment(
        "requests received",
        "text/plain",
        String.join("\n", requests.stream().map(WireWorkload::line).toList()));
    assertThat(Received.bodies(received)).containsExactly("no namespace");
    assertThat(Received.bodies(committed)).containsExactly("half without namespace");
    assertThat(requests)
        .hasSizeGreaterThanOrEqualTo(7)
        .allSatisfy(
            request -> {
              String line = WireWorkload.line(request);
              assertThat(values(request, "ns"))
                  .as("ns of %s", line)
                  .allSatisfy(ns -> assertThat(ns).isEmpty());
              if (WireWorkload.is(request, "GET") || WireWorkload.is(request, "DELETE")) {
                assertThat(values(request, "consumer"))
                    .as("consumer of %s", line)
                    .containsExactly(group);
              }
            });
  }

  private static List<String> values(LoggedRequest request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.values() : List.of();
  }
}
