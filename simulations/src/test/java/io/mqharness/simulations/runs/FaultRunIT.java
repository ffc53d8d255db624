package io.mqharness.simulations.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.EndToEndSimulation;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An end-to-end run with faults injected into its simulator for a window of the load: 500 answers
 * to 10 % of the publishes, 3 s delays on 3 % of the rest (past the 2 s request timeout), and
 * connection resets of 5 % of the acks. The run tells the truth about them: each fault's KOs are
 * its share of the requests it could pick, within five standard deviations of the binomial count;
 * no message is counted lost; every message whose ack failed comes again (a duplicate); a publish
 * that timed out but was stored is delivered as unconfirmed, not unexpected. About 50 s.
 */
class FaultRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FAULTS =
      "error500:10%:publish@2s-18s,delay:3000ms:3%:publish@2s-18s,reset:5%:ack@2s-18s";

  @TempDir Path work;

  @Test
  void faultsInAWindowAreKosOfTheirShareAndLoseNoMessage() throws Exception {
    // given: a simulator whose protocol timers run 20 times faster (an unacked message comes again
    // after 15 s)
    try (MqSimulator simulator =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withEngine(EngineSettings.defaults().withTimeScale(20))
                .withJournalEntries(0))) {
      // when: 20 s of load at 40 publishes/s, faults from 2 s to 18 s, then 20 s for the
      // redeliveries
      GatlingProcess run =
          GatlingProcess.run(
              EndToEndSimulation.class,
              Map.of(
                  "mq.target.url",
                  simulator.baseUrl(),
                  "mq.faults",
                  FAULTS,
                  "mq.durationSeconds",
                  "20",
                  "mq.drainSeconds",
                  "20",
                  "mq.usersPerSec",
                  "40",
                  "mq.rampSeconds",
                  "1",
                  "mq.warmUpSeconds",
                  "2",
                  "mq.requestTimeoutSeconds",
                  "2",
                  // about counts, not speed: the machine may be busy with other builds
                  "mq.assert.p99Ms",
                  "60000"),
              work);

      // then: the run passes, its KOs all explained by the faults
      JsonNode summary = JSON.readTree(run.summary());
      System.out.println(
          "faults: "
              + summary.get("faults")
              + "\nrequests: "
              + summary.get("requests")
              + "\nmetrics: "
              + summary.get("metrics"));
      assertThat(run.exitStatus()).as(run.output()).isZero();
      assertThat(summary.get("passed").asBoolean()).as(summary.get("problems").toString()).isTrue();
      JsonNode faults = summary.get("faults");
      assertThat(faults).hasSize(3);
      JsonNode errors = faults.get(0);
      JsonNode delays = faults.get(1);
      JsonNode resets = faults.get(2);
      // each fault hit its share of the requests it could pick: |hits - n p| <= 5 sqrt(n p (1 - p))
      assertWithinBinomialBounds(errors, 0.10);
      assertWithinBinomialBounds(delays, 0.03);
      assertWithinBinomialBounds(resets, 0.05);
      assertThat(errors.get("addedAtSeconds").asDouble()).isBetween(1.5, 4.0);
      assertThat(errors.get("removedAtSeconds").asDouble()).isBetween(17.5, 20.0);
      // the KOs by kind are the faults' (a request on the window's edge may slip past its count)
      JsonNode publishKos = summary.get("requests").get("publish").get("ko");
      JsonNode ackKos = summary.get("requests").get("ack").get("ko");
      assertThat(publishKos.get("status500").asLong())
          .isBetween(errors.get("hits").asLong(), errors.get("hits").asLong() + 3);
      assertThat(publishKos.get("timeout").asLong())
          .isBetween(delays.get("hits").asLong(), delays.get("hits").asLong() + 3);
      assertThat(ackKos.get("connection").asLong())
          .isBetween(resets.get("hits").asLong(), resets.get("hits").asLong() + 3);
      // nothing lost; a failed publish owed nothing; every failed ack's messages came again
      JsonNode metrics = summary.get("metrics");
      assertThat(metrics.get("lost").asLong()).isZero();
      assertThat(metrics.get("unexpected").asLong()).isZero();
      assertThat(metrics.get("unconfirmedPublishes").asLong())
          .isEqualTo(publishKos.get("status500").asLong() + publishKos.get("timeout").asLong());
      assertThat(metrics.get("ackFailed").asLong())
          .isEqualTo(ackKos.get("connection").asLong())
          .isPositive();
      assertThat(metrics.get("duplicated").asLong())
          .isGreaterThanOrEqualTo(metrics.get("ackFailed").asLong());
      // a publish that timed out was stored all the same, and is delivered as unconfirmed, not
      // unexpected
      assertThat(metrics.get("unconfirmedDelivered").asLong())
          .isPositive()
          .isLessThanOrEqualTo(publishKos.get("timeout").asLong());
    }
  }

  private static void assertWithinBinomialBounds(JsonNode fault, double p) {
    long n = fault.get("exposedRequests").asLong();
    long hits = fault.get("hits").asLong();
    double bound = 5 * Math.sqrt(n * p * (1 - p));
    assertThat(n).as(fault.toString()).isGreaterThan(100);
    assertThat((double) hits).as(fault.toString()).isBetween(n * p - bound, n * p + bound);
  }
}
