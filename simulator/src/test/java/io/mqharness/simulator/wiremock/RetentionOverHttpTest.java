package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retention by time as a client and the admin API see it: late groups, expiry and eviction, their
 * counters.
 */
class RetentionOverHttpTest {
  @RegisterExtension
  static MqSimulatorExtension mq =
      MqSimulatorExtension.withVirtualClock()
          .engine(EngineSettings.defaults().withMaxStoredMessages(3))
          .retention(Duration.ofHours(1));

  private static final ObjectMapper JSON = new ObjectMapper();

  private static MqClient client() {
    return mq.client();
  }

  @Test
  void aGroupThatConsumesForTheFirstTimeAfterAnotherAckedGetsEveryMessage() {
    // given GID_A consumed and acked three messages
    MqClient client = client();
    for (int i = 0; i < 3; i++) {
      client.producer("I1", "T_LATE").publish(TopicMessage.of("m" + i));
    }
    MqConsumer a = client.consumer("I1", "T_LATE", "GID_A", null);
    a.ack(a.consume(16, 0).stream().map(ConsumedMessage::receiptHandle).toList());

    // when GID_B consumes for the first time
    var toB = client.consumer("I1", "T_LATE", "GID_B", null).consume(16, 0);

    // then
    assertThat(toB).extracting(ConsumedMessage::body).containsExactly("m0", "m1", "m2");
  }

  @Test
  void expiredAndEvictedMessagesAreCountedInTheAdminCounters() throws Exception {
    // given one message whose retention ends, then a full store
    MqClient client = client();
    client.producer("", "T_GONE").publish(TopicMessage.of("expires"));
    assertThat(admin("POST", "/__admin/mq/clock/advance", "{\"millis\": 3600000}").statusCode())
        .isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      client.producer("", "T_GONE").publish(TopicMessage.of("m" + i));
    }

    // when
    JsonNode counters =
        JSON.readTree(admin("GET", "/__admin/mq/counters", null).body()).path("engine");
    JsonNode state = JSON.readTree(admin("GET", "/__admin/mq/state", null).body());

    // then
    assertThat(counters.path("expired").asLong()).isEqualTo(1);
    assertThat(counters.path("evicted").asLong()).isEqualTo(1);
    assertThat(state.path("storedMessages").asLong()).isEqualTo(3);
    assertThat(client.consumer("", "T_GONE", "GID_NEW", null).consume(16, 0))
        .extracting(ConsumedMessage::body)
        .containsExactly("m1", "m2", "m3");
  }

  @Test
  void theSettingsShowTheRetention() throws Exception {
    JsonNode settings = JSON.readTree(admin("GET", "/__admin/mq/settings", null).body());

    assertThat(settings.path("engine").path("retention").asText()).isEqualTo("PT1H");
  }

  private static HttpResponse<String> admin(String method, String path, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mq.baseUrl() + path));
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
