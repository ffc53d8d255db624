package io.mqharness.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ready line names the address the simulator listens on, as bound. */
class ListeningLineTest {

  @Test
  void aLoopbackBindIsAnnouncedAsIs() {
    assertThat(ListeningLine.of("127.0.0.1", 8080))
        .isEqualTo("MQ simulator listening on http://127.0.0.1:8080");
  }

  @Test
  void aWildcardBindSaysEveryInterfaceAndGivesALoopbackUrl() {
    assertThat(ListeningLine.of("0.0.0.0", 8080))
        .isEqualTo(
            "MQ simulator listening on http://0.0.0.0:8080"
                + " (every interface; from this machine: http://127.0.0.1:8080)");
    assertThat(ListeningLine.of("::", 9000))
        .startsWith("MQ simulator listening on http://[::]:9000 (every interface");
  }

  @Test
  void aNamedBindIsAnnouncedByItsName() {
    assertThat(ListeningLine.of("localhost", 8080))
        .isEqualTo("MQ simulator listening on http://localhost:8080");
  }
}
