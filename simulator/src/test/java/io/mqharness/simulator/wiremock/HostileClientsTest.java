package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.observe.EngineSnapshot;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that do not speak HTTP, stop halfway or speak very slowly, over real sockets to a running
 * simulator. Each gets an answer (a 4xx, or 505 for an unknown HTTP version, with the protocol's
 * {@code <Error>}) or a closed connection, never a hang; the simulator goes on serving other
 * clients meanwhile; and its state (messages, counters) is what it was. Each test prints its tally
 * of cases and answers (the table in docs/simulator.md is made from them).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileClientsTest {
  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  private static final String T = "/topics/T1/messages";
  private static final String PUBLISH_BODY =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageBody>x</MessageBody></Message>";

  private MqClient client;
  private EngineSnapshot stateBefore;
  private long publishedBefore;

  @BeforeEach
  void storeThreeMessages() {
    client = MqClient.of(URI(), credentials());
    IntStream.range(0, 3)
        .forEach(i -> client.producer("I1", "T1").publish(TopicMessage.of("kept-" + i)));
    stateBefore = withoutTime(mq.simulator().engine().snapshot());
    publishedBefore = mq.simulator().engine().counters().published();
  }

  @Test
  void bytesThatAreNotHttpGetAProtocolErrorOrAClose() {
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("control bytes", "\u0000\u0001garbage\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "TLS ClientHello",
        new byte[] {
          0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03
        });
    cases.put("method only", "GET\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "unknown HTTP version",
        ("POST " + T + " HTTP/9.9\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "20,000-character request line",
        ("GET " + T + "?pad=" + "p".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "20,000-character header",
        ("GET " + T + " HTTP/1.1\r\nHost: x\r\nX-Pad: " + "p".repeat(20_000) + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "header without colon",
        ("GET " + T + " HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "negative Content-Length",
        ("POST " + T + " HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nabc")
            .getBytes(StandardCharsets.ISO_8859_1));
    cases.put(
        "bad chunk size",
        ("POST "
                + T
                + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    cases.put("64 KB of random bytes", noise);

    Map<String, String> answers = new LinkedHashMap<>();
    cases.forEach(
        (name, bytes) -> {
          try (RawConnection connection = new RawConnection(mq.simulator().port(), 10_000)) {
            connection.write(bytes);
            connection.stopWriting();
            RawConnection.Answer answer = connection.readAll();
            assertThat(answer.timedOut())
                .as("%s: no answer and no close within 10 s", name)
                .isFalse();
            if (answer.status() != 0) {
              assertThat(answer.status())
                  .as(name)
                  .satisfiesAnyOf(
                      status -> assertThat(status).isBetween(400, 499),
                      status -> assertThat(status).isEqualTo(505));
              assertThat(answer.text()).as(name).contains("x-mq-request-id: ").contains("<Code>");
            }
            answers.put(
                name, answer.status() == 0 ? "closed" : answer.status() + " " + answer.code());
          }
        });

    tally("non-HTTP bytes", answers);
    assertThat(answers).hasSize(10);
    nothingChangedAndOthersAreServed();
  }

  @Test
  void aBodyCutShortOfItsContentLengthIsMalformedXml() {
    byte[] body = PUBLISH_BODY.getBytes(StandardCharsets.UTF_8);
    Map<String, String> answers = new LinkedHashMap<>();
    for (int sent : new int[] {0, body.length / 2, body.length - 1}) {
      try (RawConnection connection = new RawConnection(mq.simulator().port(), 10_000)) {
        connection.write(signedHead("POST", T + "?ns=I1", body.length));
        connection.write(java.util.Arrays.copyOf(body, sent));
        connection.stopWriting();
        RawConnection.Answer answer = connection.readAll();
        assertThat(answer.timedOut()).isFalse();
        assertThat(answer.status()).as("%d of %d bytes", sent, body.length).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("MalformedXML");
        answers.put(sent + " of " + body.length + " bytes", answer.status() + " " + answer.code());
      }
    }

    tally("bodies cut short", answers);
    nothingChangedAndOthersAreServed();
  }

  @Test
  void slowClientsAreAnsweredAndOthersAreServedMeanwhile() throws Exception {
    // given a signed publish sent 8 bytes every 10 ms (its head and body take about 2 s) and a
    // consume sent likewise
    byte[] body = PUBLISH_BODY.getBytes(StandardCharsets.UTF_8);
    byte[] publish = concat(signedHead("POST", T + "?ns=I1", body.length), body);
    byte[] consume = signedHead("GET", T + "?consumer=GID_SLOW&numOfMessages=16&ns=I1", -1);
    CompletableFuture<RawConnection.Answer> slowPublish =
        CompletableFuture.supplyAsync(() -> slowly(publish));
    CompletableFuture<RawConnection.Answer> slowConsume =
        CompletableFuture.supplyAsync(() -> slowly(consume));

    // when other clients publish meanwhile, each within 5 s
    List<String> fast = new ArrayList<>();
    while (!slowPublish.isDone() || !slowConsume.isDone()) {
      CompletableFuture<String> id =
          CompletableFuture.supplyAsync(
              () ->
                  client
                      .producer("I1", "T_OTHER")
                      .publish(TopicMessage.of("meanwhile"))
                      .messageId());
      fast.add(id.get(5, TimeUnit.SECONDS));
    }

    // then the slow ones get their answers too
    assertThat(slowPublish.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
    RawConnection.Answer consumed = slowConsume.get(20, TimeUnit.SECONDS);
    assertThat(consumed.status()).isEqualTo(200);
    assertThat(consumed.text()).contains("kept-0");
    assertThat(fast).isNotEmpty();
    tally(
        "slow clients",
        Map.of(
            "publish, 8 bytes / 10 ms",
            "201",
            "consume, 8 bytes / 10 ms",
            "200",
            "other clients served meanwhile",
            fast.size() + " publishes, each within 5 s"));
  }

  @Test
  void stalledClientsHoldNothingOthersNeed() throws Exception {
    // given 40 connections that stop sending: 20 in the middle of their headers, 20 in the middle
    // of a body
    byte[] body = PUBLISH_BODY.getBytes(StandardCharsets.UTF_8);
    List<RawConnection> stalled = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      RawConnection headers = new RawConnection(mq.simulator().port(), 300);
      headers.write("POST " + T + "?ns=I1 HTTP/1.1\r\nHost: x\r\nDate: ");
      stalled.add(headers);
      RawConnection halfBody = new RawConnection(mq.simulator().port(), 300);
      halfBody.write(signedHead("POST", T + "?ns=I1", body.length));
      halfBody.write(java.util.Arrays.copyOf(body, body.length / 2));
      stalled.add(halfBody);
    }

    // when other clients use the simulator meanwhile, they are served, each within 5 s
    for (int i = 0; i < 10; i++) {
      CompletableFuture<Integer> round =
          CompletableFuture.supplyAsync(
              () -> {
                MqConsumer consumer = client.consumer("I1", "T_OTHER", "GID_OTHER", null);
                client.producer("I1", "T_OTHER").publish(TopicMessage.of("meanwhile"));
                List<ConsumedMessage> got = consumer.consume(16, 0);
                consumer.ack(got.stream().map(ConsumedMessage::receiptHandle).toList());
                return got.size();
              });
      assertThat(round.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }

    // then the stalled ones got no answer while they stalled, and leaving changes nothing
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < stalled.size(); i++) {
      RawConnection connection = stalled.get(i);
      RawConnection.Answer whileStalled = connection.readAll();
      assertThat(whileStalled.timedOut()).as("still waiting for the rest of the request").isTrue();
      connection.close();
      answers.merge(
          i % 2 == 0 ? "stalled in the headers" : "stalled in the body",
          "1",
          (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
    }
    answers.put("round trips of other clients meanwhile", "10, each within 5 s");
    tally("stalled clients", answers);
    assertThat(withoutTime(mq.simulator().engine().snapshot()).instances())
        .as("nothing published by a stalled client")
        .filteredOn(instance -> true)
        .allSatisfy(
            instance ->
                assertThat(instance.topics())
                    .allSatisfy(
                        topic ->
                            // T_OTHER keeps the other clients' 10 messages, acked: retention is by
                            // time, not by acks
                            assertThat(topic.retained())
                                .isEqualTo(topic.topic().equals("T1") ? 3 : 10)));
  }

  @Test
  void aTwentyMegabyteBodyIsRefusedAndNothingIsStored() {
    byte[] body =
        ("<Message><MessageBody>" + "x".repeat(20 * 1024 * 1024) + "</MessageBody></Message>")
            .getBytes(StandardCharsets.UTF_8);
    try (RawConnection connection = new RawConnection(mq.simulator().port(), 30_000)) {
      connection.write(signedHead("POST", T + "?ns=I1", body.length));
      connection.write(body);
      RawConnection.Answer answer = readOneAnswer(connection);
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.code()).isEqualTo("InvalidArgument");
      tally("oversized bodies", Map.of("20 MB publish", answer.status() + " " + answer.code()));
    }
    nothingChangedAndOthersAreServed();
  }

  private static RawConnection.Answer readOneAnswer(RawConnection connection) {
    connection.stopWriting();
    return connection.readAll();
  }

  private RawConnection.Answer slowly(byte[] request) {
    try (RawConnection connection = new RawConnection(mq.simulator().port(), 20_000)) {
      connection.trickle(request, 8, 10);
      connection.stopWriting();
      return connection.readAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A signed request head (no body when {@code contentLength} is negative), closing the connection
   * after it.
   */
  private static byte[] signedHead(String method, String target, int contentLength) {
    SignedHttp signer = new SignedHttp(mq.baseUrl(), credentials());
    StringBuilder head =
        new StringBuilder(
            method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    signer
        .signedHeaders(method, target, contentLength >= 0, "")
        .forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (contentLength >= 0) {
      head.append("Content-Length: ").append(contentLength).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private void nothingChangedAndOthersAreServed() {
    assertThat(withoutTime(mq.simulator().engine().snapshot())).isEqualTo(stateBefore);
    assertThat(mq.simulator().engine().counters().published()).isEqualTo(publishedBefore);
    MqConsumer consumer = client.consumer("I1", "T1", "GID_AFTER", null);
    List<ConsumedMessage> got = consumer.consume(16, 0);
    assertThat(got)
        .extracting(ConsumedMessage::body)
        .containsExactlyInAnyOrder("kept-0", "kept-1", "kept-2");
    consumer.ack(got.stream().map(ConsumedMessage::receiptHandle).toList());
  }

  private static void tally(String badInputClass, Map<String, String> answers) {
    System.out.println(
        "bad input tally: " + badInputClass + ", " + answers.size() + " cases: " + answers);
  }

  private static EngineSnapshot withoutTime(EngineSnapshot snapshot) {
    return new EngineSnapshot(
        0, snapshot.storedMessages(), snapshot.maxStoredMessages(), snapshot.instances());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static java.net.URI URI() {
    return java.net.URI.create(mq.baseUrl());
  }

  private static Credentials credentials() {
    return Credentials.of(
        SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET);
  }
}
