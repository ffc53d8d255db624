package io.mqharness.simulator.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqClientException;
import io.mqharness.protocol.client.MqServiceException;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import io.mqharness.simulator.testkit.DefaultClient;
import io.mqharness.simulator.wiremock.longpoll.LongPollHandoff;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Long polls over HTTP (SPEC §2.6): a waiting consumer holds no request thread, is answered when a
 * publish wakes it or when its wait ends, and stubs of higher priority still answer consumes
 * instead of the engine.
 */
class LongPollOverHttpTest {
  /**
   * Far fewer request threads than waiting consumers (on JDK 17 these are all the platform threads
   * Jetty has).
   */
  private static final int REQUEST_THREADS = 12;

  private static final int WAITING = 40;

  @RegisterExtension
  static MqSimulatorExtension mq =
      MqSimulatorExtension.with(
          SimulatorOptions.defaults().withVirtualClock(true).withContainerThreads(REQUEST_THREADS));

  private static final ExecutorService CONSUMERS = Executors.newFixedThreadPool(WAITING + 2);

  @AfterAll
  static void stopConsumers() {
    CONSUMERS.shutdownNow();
  }

  private static MqClient client() {
    return mq.client();
  }

  private static CompletableFuture<List<ConsumedMessage>> poll(
      MqClient client, String topic, int waitSeconds) {
    return CompletableFuture.supplyAsync(
        () -> client.consumer("", topic, "GID_WAIT", null).consume(1, waitSeconds), CONSUMERS);
  }

  @Test
  void moreConsumersWaitThanThereAreRequestThreadsAndPublishesWakeEachOfThem(MqSimulator simulator)
      throws Exception {
    // given 40 consumers waiting up to 30 s on a simulator with 12 request threads
    MqClient client = client();
    List<CompletableFuture<List<ConsumedMessage>>> polls = new ArrayList<>();
    for (int i = 0; i < WAITING; i++) {
      polls.add(poll(client, "T_CROWD", 30));
    }
    awaitWaitingConsumers(simulator, WAITING);
    // when the simulator is asked something else, then the messages the crowd waits for are
    // published
    assertThat(
            client
                .producer("", "T_OTHER")
                .publish(TopicMessage.of("not for the crowd"))
                .messageId())
        .isNotEmpty();
    for (int i = 0; i < WAITING; i++) {
      client.producer("", "T_CROWD").publish(TopicMessage.of("m" + i));
    }
    // then each waiting consumer gets one of them
    List<String> bodies = new ArrayList<>();
    for (CompletableFuture<List<ConsumedMessage>> p : polls) {
      bodies.addAll(p.get(20, TimeUnit.SECONDS).stream().map(ConsumedMessage::body).toList());
    }
    assertThat(bodies).hasSize(WAITING).doesNotHaveDuplicates();
    assertThat(simulator.engine().counters().waitingConsumers()).isZero();
  }

  @Test
  void aLongPollWokenByAPublishIsAnsweredWithTheMessageAndJournaled(MqSimulator simulator)
      throws Exception {
    // given a consumer waiting up to 30 s on a clock nobody advances
    MqClient client = client();
    CompletableFuture<List<ConsumedMessage>> waiting = poll(client, "T_WAKE", 30);
    awaitWaitingConsumers(simulator, 1);
    // when
    client.producer("", "T_WAKE").publish(TopicMessage.of("wake up"));
    // then it gets the message, so it was answered within its wait (its end would have been
    // MessageNotExist)
    assertThat(waiting.get(10, TimeUnit.SECONDS))
        .extracting(ConsumedMessage::body)
        .containsExactly("wake up");
    simulator.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/topics/T_WAKE/messages")));
    assertThat(simulator.wireMock().getAllServeEvents())
        .filteredOn(e -> e.getRequest().getMethod().getName().equals("GET"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(
                        e.getResponse()
                            .getHeaders()
                            .getHeader(LongPollHandoff.HELD_HEADER)
                            .firstValue())
                    .isEqualTo("held"));
  }

  @Test
  void aLongPollNobodyWakesEndsWithNoMessageOnceItsWaitAndTheGraceHavePassed(MqSimulator simulator)
      throws Exception {
    // given a virtual clock nobody advances
    MqClient client = client();
    // when a consumer waits 1 s for a message nobody publishes
    List<ConsumedMessage> got = poll(client, "T_EMPTY", 1).get(10, TimeUnit.SECONDS);
    // then it is answered MessageNotExist (an empty list) and no longer waits in the engine
    assertThat(got).isEmpty();
    assertThat(simulator.engine().counters().waitingConsumers()).isZero();
  }

  @Test
  void onTheSystemClockTheEngineEndsAPollNobodyWakesItself() throws Exception {
    // given a simulator on the system clock, which keeps no real-time timer per held poll
    try (MqSimulator onSystemClock =
        MqSimulator.start(SimulatorOptions.defaults().withContainerThreads(REQUEST_THREADS))) {
      MqClient client = DefaultClient.of(onSystemClock.baseUrl());
      // when a consumer waits 1 s for a message nobody publishes
      List<ConsumedMessage> got = poll(client, "T_EMPTY", 1).get(10, TimeUnit.SECONDS);
      // then the engine's end of the wait answers it MessageNotExist
      assertThat(got).isEmpty();
      assertThat(onSystemClock.engine().counters().waitingConsumers()).isZero();
    }
  }

  @Test
  void aResetAnswersTheWaitingConsumers(MqSimulator simulator) throws Exception {
    // given
    CompletableFuture<List<ConsumedMessage>> waiting = poll(client(), "T_RESET", 30);
    awaitWaitingConsumers(simulator, 1);
    // when
    simulator.reset();
    // then
    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void aFaultStubOnConsumeStillAnswersInsteadOfTheEngine(MqSimulator simulator) {
    // given a connection fault on one topic's consume, and a canned error on another's
    simulator
        .wireMock()
        .stubFor(
            get(urlPathEqualTo("/topics/T_FAULT/messages"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    simulator
        .wireMock()
        .stubFor(
            get(urlPathEqualTo("/topics/T_BUSY/messages"))
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withFixedDelay(200)
                        .withHeader("Content-Type", WireHeaders.ANSWER_CONTENT_TYPE)
                        .withBody(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\">"
                                + "<Code>QpsLimitExceeded</Code><Message>slow down</Message><RequestId>FAULT</RequestId>"
                                + "<HostId>h</HostId></Error>")));
    MqClient client = client();
    client.producer("", "T_FAULT").publish(TopicMessage.of("never delivered"));
    // when / then: a long poll gets the fault, not the message and not a wait
    assertThatThrownBy(() -> client.consumer("", "T_FAULT", "GID_F", null).consume(1, 30))
        .isInstanceOf(MqClientException.class);
    assertThatThrownBy(() -> client.consumer("", "T_BUSY", "GID_F", null).consume(1, 30))
        .isInstanceOfSatisfying(
            MqServiceException.class,
            e -> {
              assertThat(e.code()).contains(ErrorCode.QPS_LIMIT_EXCEEDED);
              assertThat(e.requestId()).isEqualTo("FAULT");
            });
    assertThat(simulator.engine().counters().delivered()).isZero();
    assertThat(simulator.engine().counters().waitingConsumers()).isZero();
    assertThat(
            simulator
                .wireMock()
                .findAll(getRequestedFor(urlPathEqualTo("/topics/T_FAULT/messages"))))
        .isNotEmpty();
  }

  private static void awaitWaitingConsumers(MqSimulator simulator, int n)
      throws InterruptedException {
    for (int i = 0; i < 1_000 && simulator.engine().counters().waitingConsumers() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(simulator.engine().counters().waitingConsumers())
        .as("consumers waiting in the engine")
        .isEqualTo(n);
  }
}
