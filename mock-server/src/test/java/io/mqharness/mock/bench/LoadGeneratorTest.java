package io.mqharness.mock.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.mock.MqSimulator;
import io.mqharness.mock.SimulatorOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bench's load generator on a tiny load; it checks counts only, never speed. */
class LoadGeneratorTest {
  private static MqSimulator simulator;
  private static LoadGenerator load;

  @BeforeAll
  static void start() {
    simulator = MqSimulator.start(SimulatorOptions.defaults()
        .withCredentials(Map.of(BenchMain.CREDENTIALS.accessKeyId(), BenchMain.CREDENTIALS.accessKeySecret()))
        .withJournalEntries(0));
    load = new LoadGenerator(URI.create(simulator.baseUrl()), BenchMain.CREDENTIALS, 4);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void publishesExactlyTheStepBudgetThenConsumesAndAcksEveryMessage() throws InterruptedException {
    // when
    LoadResult published = load.run(PublishStep.of("LOADGEN", 100), 50, Duration.ofSeconds(30));
    LoadResult consumed = load.run(new ConsumeAckStep("LOADGEN", "GID_LOADGEN"), 1_000, Duration.ofSeconds(30));

    // then
    assertThat(published.errors()).isZero();
    assertThat(published.messages()).isEqualTo(50);
    assertThat(published.requests()).isEqualTo(50);
    assertThat(consumed.errors()).isZero();
    assertThat(consumed.messages()).isEqualTo(50);
    assertThat(simulator.engine().counters().published()).isEqualTo(50);
    assertThat(simulator.engine().counters().acked()).isEqualTo(50);
  }
}
