package io.mqharness.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.MqServiceException;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.time.VirtualClock;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import io.mqharness.simulator.testkit.DefaultClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The simulator as a client sees it over HTTP: answers, headers, long polls, fault stubs and the
 * admin API.
 */
class SimulatorOverHttpTest {
  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  private static MqClient client() {
    return mq.client();
  }

  @Test
  void publishedMessageIsConsumedWithItsTagPropertiesAndKeyThenAckedForGood() {
    // given
    MqClient client = client();
    PublishResponse published =
        client
            .producer("I1", "T1")
            .publish(
                TopicMessage.of("hello")
                    .withTag("TagA")
                    .withMessageKey("k-1")
                    .withProperty("a", "b"));
    MqConsumer consumer = client.consumer("I1", "T1", "GID_1", "TagA||TagB");

    // when
    List<ConsumedMessage> got = consumer.consume(16, 0);
    consumer.ack(got.stream().map(ConsumedMessage::receiptHandle).toList());

    // then
    assertThat(published.bodyMd5()).isEqualTo("5D41402ABC4B2A76B9719D911017C592");
    assertThat(got)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(published.messageId());
              assertThat(m.body()).isEqualTo("hello");
              assertThat(m.tag()).isEqualTo("TagA");
              assertThat(m.properties().messageKey()).contains("k-1");
              assertThat(m.properties().get("a")).contains("b");
              assertThat(m.consumedTimes()).isEqualTo(1);
            });
    mq.clock().advance(Duration.ofMinutes(10));
    assertThat(consumer.consume(16, 0)).isEmpty();
  }

  @Test
  void emptyConsumeIs404MessageNotExistWithRequestIdAndNoSlashNamespace() throws Exception {
    // given
    SignedHttp http = SignedHttp.of(mq);

    // when
    HttpResponse<String> response =
        http.send("GET", "/topics/EMPTY/messages?consumer=G&numOfMessages=3", null);

    // then
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("x-mq-request-id"))
        .hasValueSatisfying(id -> assertThat(id).matches("[0-9A-F]{24}"));
    assertThat(response.body())
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\">")
        .contains("<Code>MessageNotExist</Code>");
  }

  @Test
  void longPollReturnsAsSoonAsAMessageIsPublished() throws Exception {
    // given a consumer waiting up to 30 s on a clock nobody advances
    MqClient client = client();
    CompletableFuture<List<ConsumedMessage>> poll =
        CompletableFuture.supplyAsync(
            () -> client.consumer("", "T_POLL", "GID_P", null).consume(1, 30));
    awaitWaitingConsumers(1);

    // when
    client.producer("", "T_POLL").publish(TopicMessage.of("wake up"));

    // then it returns with the message, long before its wait could have run out
    assertThat(poll.get(10, TimeUnit.SECONDS))
        .extracting(ConsumedMessage::body)
        .containsExactly("wake up");
  }

  @Test
  void aStubOfHigherPriorityAnswersInsteadOfTheEngineForOneTopic(MqSimulator simulator) {
    // given a fault for topic T_FAULT only
    simulator
        .wireMock()
        .stubFor(
            post(urlPathEqualTo("/topics/T_FAULT/messages"))
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", WireHeaders.ANSWER_CONTENT_TYPE)
                        .withBody(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\"><Code>QpsLimitExceeded</Code><Message>slow down</Message><RequestId>FAULT</RequestId><HostId>h</HostId></Error>")));
    MqClient client = client();

    // when / then
    assertThatThrownBy(() -> client.producer("", "T_FAULT").publish(TopicMessage.of("x")))
        .isInstanceOfSatisfying(
            MqServiceException.class,
            e -> {
              assertThat(e.code()).contains(ErrorCode.QPS_LIMIT_EXCEEDED);
              assertThat(e.requestId()).isEqualTo("FAULT");
            });
    assertThat(client.producer("", "T_OK").publish(TopicMessage.of("x")).messageId()).isNotEmpty();
    simulator.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/topics/T_FAULT/messages")));
    simulator.wireMock().verify(0, deleteRequestedFor(urlPathEqualTo("/topics/T_FAULT/messages")));
  }

  @Test
  void strictModeAnswersTopicNotExistForUndeclaredTopics() {
    try (MqSimulator strict =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withEngine(SimulatorOptions.defaults().engine().withStrictTopics(true))
                .withTopics(
                    List.of(new io.mqharness.simulator.engine.TopicRef("I1", "DECLARED"))))) {
      MqClient client = DefaultClient.of(strict.baseUrl());
      assertThat(client.producer("I1", "DECLARED").publish(TopicMessage.of("x")).messageId())
          .isNotEmpty();
      assertThatThrownBy(() -> client.producer("I1", "UNDECLARED").publish(TopicMessage.of("x")))
          .isInstanceOfSatisfying(
              MqServiceException.class,
              e -> {
                assertThat(e.code()).contains(ErrorCode.TOPIC_NOT_EXIST);
                assertThat(e.httpStatus()).isEqualTo(404);
              });
    }
  }

  @Test
  void adminApiAdvancesTheVirtualClockAndShowsState(VirtualClock clock) throws Exception {
    // given a timer message due in one minute
    MqClient client = client();
    long due = clock.nowMillis() + 60_000;
    client.producer("", "T_TIMER").publish(TopicMessage.of("later").withStartDeliverTime(due));
    MqConsumer consumer = client.consumer("", "T_TIMER", "GID_T", null);
    assertThat(consumer.consume(1, 0)).isEmpty();

    // when
    HttpResponse<String> advanced =
        admin("POST", "/__admin/mq/clock/advance", "{\"millis\": 60000}");

    // then
    assertThat(advanced.statusCode()).isEqualTo(200);
    assertThat(advanced.body()).contains(String.valueOf(due));
    assertThat(consumer.consume(1, 0)).extracting(ConsumedMessage::body).containsExactly("later");
    assertThat(admin("GET", "/__admin/mq/state", null).body()).contains("T_TIMER");
    assertThat(admin("GET", "/__admin/mq/counters", null).body()).contains("acceptedRequests");
    HttpResponse<String> settings = admin("GET", "/__admin/mq/settings", null);
    assertThat(settings.statusCode()).isEqualTo(200);
    assertThat(settings.body())
        .contains("\"normalInvisibility\" : \"PT5M\"")
        .contains("\"virtualClock\" : true");
    assertThat(admin("POST", "/__admin/mq/clock/advance", "{\"millis\": \"soon\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void adminResetForgetsMessages() throws Exception {
    // given
    MqClient client = client();
    client.producer("", "T_RESET").publish(TopicMessage.of("gone"));

    // when
    assertThat(admin("POST", "/__admin/mq/reset", "").statusCode()).isEqualTo(200);

    // then
    assertThat(client.consumer("", "T_RESET", "G", null).consume(16, 0)).isEmpty();
  }

  @Test
  void aGroupDeclaredThroughTheAdminApiKeepsMessagesAnotherGroupAcked() throws Exception {
    // given
    assertThat(
            admin(
                    "POST",
                    "/__admin/mq/groups",
                    "{\"instanceId\": \"I1\", \"topic\": \"T_SUB\", \"group\": \"GID_LATE\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(admin("POST", "/__admin/mq/groups", "{\"topic\": \"T_SUB\"}").statusCode())
        .isEqualTo(400);
    MqClient client = client();
    client.producer("I1", "T_SUB").publish(TopicMessage.of("for both"));
    MqConsumer first = client.consumer("I1", "T_SUB", "GID_FIRST", null);
    first.ack(first.consume(16, 0).stream().map(ConsumedMessage::receiptHandle).toList());

    // when / then
    assertThat(client.consumer("I1", "T_SUB", "GID_LATE", null).consume(16, 0))
        .extracting(ConsumedMessage::body)
        .containsExactly("for both");
  }

  @Test
  void credentialsAddedThroughTheAdminApiAreAccepted() throws Exception {
    // given
    assertThat(
            admin(
                    "POST",
                    "/__admin/mq/credentials",
                    "{\"accessKeyId\": \"AK2\", \"accessKeySecret\": \"SK2\"}")
                .statusCode())
        .isEqualTo(200);

    // when
    MqClient other = MqClient.of(URI.create(mq.baseUrl()), Credentials.of("AK2", "SK2"));

    // then
    assertThat(other.producer("", "T_AK2").publish(TopicMessage.of("x")).messageId()).isNotEmpty();
  }

  private static void awaitWaitingConsumers(int n) throws InterruptedException {
    for (int i = 0; i < 500 && mq.simulator().engine().counters().waitingConsumers() < n; i++) {
      Thread.sleep(10);
    }
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
