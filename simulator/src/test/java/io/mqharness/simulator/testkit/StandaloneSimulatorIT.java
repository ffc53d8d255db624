package io.mqharness.simulator.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.sign.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar ({@code target/mq-simulator.jar}, built in package) as the test kit starts and
 * stops it.
 */
class StandaloneSimulatorIT {
  @TempDir Path work;

  @Test
  void theJarListensOnLoopbackAnswersItsAdminApiAndEndsOnClose() throws Exception {
    // given
    Path log = work.resolve("logs/simulator.log");
    StandaloneSimulator simulator =
        StandaloneSimulator.launch()
            .log(log)
            .jvmOptions(List.of("-Xmx128m"))
            .options("--credentials", "AK_IT:SK_IT", "--journal-entries", "0")
            .start();
    try (simulator) {
      // when
      MqClient.of(simulator.uri(), Credentials.of("AK_IT", "SK_IT"))
          .producer("I1", "T1")
          .publish(TopicMessage.of("hello"));

      // then
      assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(simulator.admin().counters().engine().published()).isEqualTo(1);
      assertThat(simulator.admin().accessKeyIds()).contains("AK_IT");
      assertThat(simulator.admin().jvm(false).heapMaxBytes())
          .isLessThanOrEqualTo(128L * 1024 * 1024);
      assertThat(simulator.output()).anyMatch(line -> line.contains("MQ simulator listening on"));
      assertThat(Files.readString(log)).contains(simulator.baseUrl());
    }
    assertThat(simulator.isAlive()).isFalse();
  }

  @Test
  void aSimulatorThatCannotStartFailsWithItsOutput() {
    assertThatThrownBy(
            () -> StandaloneSimulator.launch().options("--time-scale", "not-a-number").start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before it listened")
        .hasMessageContaining("--time-scale");
  }
}
