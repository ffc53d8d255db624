package io.mqharness.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bench's probes at a tiny size against an embedded simulator: every consumer they open is
 * counted, released and accounted for, and the report prints each figure beside its baseline.
 * Checks what the probes count, never how fast (about 10 s in all).
 */
class ProbesSmokeTest {
  private static MqSimulator simulator;
  private static URI url;

  @BeforeAll
  static void start() {
    simulator =
        MqSimulator.start(
            SimulatorOptions.defaults()
                .withCredentials(
                    Map.of(
                        BenchMain.CREDENTIALS.accessKeyId(),
                        BenchMain.CREDENTIALS.accessKeySecret()))
                .withJournalEntries(0));
    url = URI.create(simulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void theLongPollProbeWakesEveryConsumerItOpened() throws Exception {
    // given
    LongPollProbe probe = new LongPollProbe(url, BenchMain.CREDENTIALS);

    // when
    Latencies baseline = probe.publishRoundTrips(10);
    LongPollResult result = probe.run(40, 10);

    // then
    assertThat(baseline.count()).isEqualTo(10);
    assertThat(result.seenWaiting()).isGreaterThanOrEqualTo(40);
    assertThat(result.latencies().count()).isEqualTo(10);
    assertThat(result.released()).isEqualTo(40);
    assertThat(result.emptyOrFailed()).isZero();
    assertThat(result.stillWaiting()).isZero();
  }

  @Test
  void theWaitingCrowdProbeAccountsForEveryPoll() throws Exception {
    // given
    WaitingCrowdProbe probe = new WaitingCrowdProbe(url, BenchMain.CREDENTIALS);
    Latencies baseline = probe.publishWhileTheyWait(Duration.ofMillis(500));

    // when
    WaitingCrowdResult result = probe.run(100, Duration.ofSeconds(2));

    // then: each poll was answered, in time or late, and none is left waiting
    assertThat(baseline.count()).isPositive();
    assertThat(result.seenWaiting()).isEqualTo(100);
    assertThat(result.answeredOnTime() + result.late()).isEqualTo(100);
    assertThat(result.unanswered()).isZero();
    assertThat(result.publishes().count()).isPositive();
    assertThat(result.stillWaiting()).isZero();
  }

  @Test
  void theMemoryProbeRetainsEveryMessageAndTheReportShowsTheRatios() throws Exception {
    // given
    LongPollProbe longPoll = new LongPollProbe(url, BenchMain.CREDENTIALS);
    Latencies baseline = longPoll.publishRoundTrips(5);
    LongPollResult result = longPoll.run(5, 5);

    // when
    MemoryResult memory = MemoryProbe.measure(10_000, MemoryProbe.BODY_LENGTH);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new Report(new PrintStream(printed, true, StandardCharsets.UTF_8))
        .print(
            new BenchFigures(
                "test",
                false,
                2,
                BenchConfig.parse(new String[0]),
                result,
                baseline,
                null,
                null,
                memory));

    // then
    assertThat(memory.retained()).isEqualTo(10_000);
    assertThat(memory.afterBytes()).isGreaterThan(memory.beforeBytes());
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("1. long poll: 5 consumers", "wake-up / baseline: p50", "3. memory", "x the body")
        .doesNotContain("2. waiting crowd");
  }
}
