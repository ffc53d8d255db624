package io.mqharness.conformance.scenarios.wire;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.conformance.support.scenario.Received;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TestTopic;
import io.qameta.allure.Allure;
import java.util.List;
import java.util.Map;

/**
 * Every kind of request a client sends, once, on a topic of its own: publish (tag, properties,
 * key), consume with a tag filter, ack, and with {@code TRANSACTIONS} a half publish, a half pop
 * and a commit. The wire scenarios then read what the simulator received.
 */
final class WireWorkload {
  static final String TAG_FILTER = "TagA||TagB";

  private WireWorkload() {}

  static List<LoggedRequest> exercise(MqClientAdapter client, TargetControl target) {
    TestTopic topic = target.topic();
    Allure.step(
        "publish, consume with a tag filter, ack",
        () -> {
          client.publish(
              topic
                  .message("wire check <&>")
                  .withTag("TagA")
                  .withProperties(Map.of("k", "v"))
                  .withMessageKey("key-1"));
          List<ReceivedMessage> received =
              client.consume(topic.consume(target.group(), 16).withTag(TAG_FILTER));
          client.ack(topic.handles(target.group(), Received.handles(received)));
          client.consume(topic.consume(target.group(), 16).withTag(TAG_FILTER));
        });
    if (client.capabilities().contains(Capability.TRANSACTIONS)) {
      Allure.step(
          "half publish, half pop, commit",
          () -> {
            PublishResult half =
                client.publish(topic.message("half").withTransCheckImmunitySeconds(10));
            client.consumeHalf(topic.consume(target.group(), 1));
            client.commit(topic.handle(target.group(), half.receiptHandle()));
          });
    }
    List<LoggedRequest> requests = target.journal().requestsTo(topic);
    Allure.addAttachment("requests received", "text/plain", describe(requests));
    return requests;
  }

  static String header(LoggedRequest request, String name) {
    return request.containsHeader(name) ? request.getHeader(name) : null;
  }

  /** Journaled methods are not singletons, so compare by name. */
  static boolean is(LoggedRequest request, String method) {
    return request.getMethod().value().equals(method);
  }

  static String line(LoggedRequest request) {
    return request.getMethod().value() + " " + request.getUrl();
  }

  private static String describe(List<LoggedRequest> requests) {
    StringBuilder text = new StringBuilder();
    for (LoggedRequest request : requests) {
      text.append(line(request))
          .append('\n')
          .append(request.getHeaders())
          .append('\n')
          .append(request.getBodyAsString())
          .append("\n\n");
    }
    return text.toString();
  }
}
