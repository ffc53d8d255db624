package io.mqharness.simulations.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.CheckSimulation;
import io.mqharness.simulations.EndToEndSimulation;
import io.mqharness.simulations.PublishSimulation;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real, short Gatling runs in their own JVMs, on loopback: they pass, and they fail when they must.
 */
class SimulationRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SHORT =
      Map.of(
          "mq.durationSeconds",
          "3",
          "mq.drainSeconds",
          "2",
          "mq.usersPerSec",
          "30",
          "mq.rampSeconds",
          "1",
          "mq.warmUpSeconds",
          "1");

  @TempDir Path work;

  @Test
  void aPublishRunOnTheEmbeddedSimulatorPassesAndReports() throws Exception {
    // when
    GatlingProcess run = GatlingProcess.run(PublishSimulation.class, SHORT, work);
    // then
    assertThat(run.exitStatus()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("PublishSimulation against http://127.0.0.1:", "planned        about");
    JsonNode summary = JSON.readTree(run.summary());
    assertThat(summary.get("passed").asBoolean()).isTrue();
    assertThat(summary.get("target").asText()).isEqualTo("embedded");
    assertThat(summary.get("metrics").get("published").asLong()).isPositive();
    assertThat(run.wroteGatlingReport()).isTrue();
  }

  @Test
  void anImpossibleThresholdFailsTheRun() throws Exception {
    // given: a p99 under 0 ms
    Map<String, String> impossible = with(SHORT, "mq.assert.p99Ms", "0");
    // when
    GatlingProcess run = GatlingProcess.run(PublishSimulation.class, impossible, work);
    // then
    assertThat(run.exitStatus()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("99th percentile of response time is less than 0.0 : false");
  }

  @Test
  void aRunStopsByItselfAtItsRequestCap() throws Exception {
    // given: about 75 publishes planned, a cap of 20 requests, no warm-up to take from it (so a
    // cold start's tail is
    // in the figures: this run is about the cap, not the latency)
    Map<String, String> capped =
        with(
            with(with(SHORT, "mq.maxRequests", "20"), "mq.warmUpSeconds", "0"),
            "mq.assert.p99Ms",
            "60000");
    // when
    GatlingProcess run = GatlingProcess.run(PublishSimulation.class, capped, work);
    // then
    assertThat(run.exitStatus()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("stops after    20 requests", "the cap of 20 requests was reached");
    assertThat(JSON.readTree(run.summary()).get("metrics").get("published").asLong())
        .isBetween(15L, 22L);
  }

  @Test
  void aCheckRunAgainstASimulatorGivenByUrlDecides() throws Exception {
    // given: a simulator of its own, protocol timers 20x faster, reached by URL like a staging
    // instance
    try (MqSimulator simulator =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withEngine(EngineSettings.defaults().withTimeScale(20))
                .withJournalEntries(0))) {
      // when
      GatlingProcess run =
          GatlingProcess.run(
              CheckSimulation.class, with(SHORT, "mq.target.url", simulator.baseUrl()), work);
      // then
      assertThat(run.exitStatus()).as(run.output()).isZero();
      JsonNode summary = JSON.readTree(run.summary());
      assertThat(summary.get("target").asText()).isEqualTo(simulator.baseUrl());
      assertThat(summary.get("metrics").get("decisions").asLong()).isPositive();
    }
  }

  @Test
  void anEndToEndRunFailsWhenTheServiceLosesMessages() throws Exception {
    // given: a simulator whose consumes answer "no message" (a higher-priority WireMock stub) while
    // publishes are stored
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0))) {
      simulator
          .wireMock()
          .stubFor(
              get(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .willReturn(
                      aResponse()
                          .withStatus(404)
                          .withHeader("Content-Type", "text/xml;charset=utf-8")
                          .withBody(
                              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\">"
                                  + "<Code>MessageNotExist</Code><Message>Message not exist.</Message>"
                                  + "<RequestId>5F2A0C1B3D4E5F60718293A6</RequestId><HostId>http://127.0.0.1</HostId></Error>")));
      // when
      GatlingProcess run =
          GatlingProcess.run(
              EndToEndSimulation.class,
              with(with(SHORT, "mq.target.url", simulator.baseUrl()), "mq.transactionalShare", "0"),
              work);
      // then
      assertThat(run.exitStatus()).as(run.output()).isNotZero();
      JsonNode summary = JSON.readTree(run.summary());
      assertThat(summary.get("passed").asBoolean()).isFalse();
      assertThat(summary.get("metrics").get("lost").asLong())
          .isEqualTo(summary.get("metrics").get("expected").asLong())
          .isPositive();
      assertThat(summary.get("problems").toString()).contains("never delivered (lost)");
    }
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    var copy = new java.util.HashMap<>(base);
    copy.put(key, value);
    return Map.copyOf(copy);
  }
}
