package io.mqharness.simulator.wiremock.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqServiceException;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.DefaultClient;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code mq-share} request matcher in a stub mapping added through the admin API: a share of
 * the publishes gets the fault, the others reach the engine.
 */
class ShareMatcherTest {
  private static final int PUBLISHES = 400;

  private MqSimulator simulator;
  private SimulatorAdminClient admin;
  private MqClient client;

  @BeforeEach
  void start() {
    simulator = MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0));
    admin = new SimulatorAdminClient(simulator.baseUrl());
    client = DefaultClient.of(simulator.baseUrl());
  }

  @AfterEach
  void stop() {
    simulator.close();
  }

  @Test
  void aThirtyPercentShareFailsAboutThirtyPercentOfThePublishesAndStoresTheRest() {
    // given
    admin.addStub(errorOnPublishes("30"));

    // when
    int failed = publishAll();

    // then: Binomial(400, 0.3) has mean 120 and standard deviation 9.2; 5 deviations either side
    assertThat(failed).isBetween(74, 166);
    assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(PUBLISHES - failed);
  }

  @Test
  void noShareAndAWholeShareAreNeverAndAlways() {
    // given
    String never = admin.addStub(errorOnPublishes("0"));
    // when / then
    assertThat(publishAll()).isZero();

    // given
    admin.removeStub(never);
    admin.addStub(errorOnPublishes("100"));
    // when / then
    assertThat(publishAll()).isEqualTo(PUBLISHES);
  }

  @Test
  void aBadPercentMatchesNothingRatherThanEverything() {
    // given
    admin.addStub(errorOnPublishes("\"ten\""));
    admin.addStub(errorOnPublishes("250"));

    // when / then
    assertThat(publishAll()).isZero();
  }

  @Test
  void aRemovedStubNoLongerAnswers() {
    // given
    String id = admin.addStub(errorOnPublishes("100"));

    // when
    admin.removeStub(id);

    // then
    assertThat(publishAll()).isZero();
  }

  @Test
  void theSameSignedRequestSentAgainGetsTheSameAnswerAndAnotherDateDrawsAgain() throws Exception {
    // given: half the deletes fail
    admin.addStub(errorOnPublishes("50").replace("\"POST\"", "\"DELETE\""));
    HttpClient http = HttpClient.newHttpClient();

    // when: one request sent 10 times, and 40 requests with their own Date each
    java.util.Set<Integer> sameRequest = new java.util.HashSet<>();
    for (int i = 0; i < 10; i++) {
      sameRequest.add(
          http.send(delete("Sun, 29 Nov 2026 12:00:00 GMT"), HttpResponse.BodyHandlers.discarding())
              .statusCode());
    }
    java.util.Set<Integer> ownDates = new java.util.HashSet<>();
    for (int i = 0; i < 40; i++) {
      ownDates.add(
          http.send(
                  delete("Sun, 29 Nov 2026 12:00:" + (10 + i) + " GMT"),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode());
    }

    // then: a retry cannot dodge the fault, and different requests are drawn on their own
    assertThat(sameRequest).hasSize(1);
    assertThat(ownDates).contains(500).hasSizeGreaterThan(1);
  }

  private HttpRequest delete(String date) {
    return HttpRequest.newBuilder(
            URI.create(simulator.baseUrl() + "/topics/T1/messages?consumer=G&ns=I1"))
        .header("Authorization", "MQ harness-ak:c2lnbmF0dXJl")
        .header("Date", date)
        .method("DELETE", HttpRequest.BodyPublishers.ofString("<ReceiptHandles/>"))
        .build();
  }

  private int publishAll() {
    int failed = 0;
    for (int i = 0; i < PUBLISHES; i++) {
      try {
        client.producer("I1", "T1").publish(TopicMessage.of("m" + i));
      } catch (MqServiceException e) {
        assertThat(e.httpStatus()).isEqualTo(500);
        failed++;
      }
    }
    return failed;
  }

  private static String errorOnPublishes(String percent) {
    return """
        {"priority": 1,
         "request": {"method": "POST", "urlPathPattern": "/topics/[^/]+/messages",
                     "customMatcher": {"name": "mq-share", "parameters": {"percent": %s}}},
         "response": {"status": 500, "headers": {"Content-Type": "text/xml;charset=utf-8"},
                      "body": "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?><Error xmlns=\\"http://mq.aliyuncs.com/doc/v1\\"><Code>InternalError</Code><Message>injected</Message><RequestId>5F2A0C1B3D4E5F60718293A6</RequestId><HostId>http://127.0.0.1</HostId></Error>"}}
        """
        .formatted(percent);
  }
}
