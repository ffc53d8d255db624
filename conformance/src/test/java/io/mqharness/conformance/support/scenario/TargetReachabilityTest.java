package io.mqharness.conformance.support.scenario;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * A target that does not answer fails the run, instead of passing for a real instance with every
 * scenario skipped.
 */
class TargetReachabilityTest {

  @Test
  void aTargetNothingListensOnFailsWithTheUrlAndTheCause() throws Exception {
    // given: a loopback port nothing listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    // then
    assertThatThrownBy(() -> TargetReachability.requireAnswer(url))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "the target " + url + " did not answer within 5 s (ConnectException")
        .hasMessageContaining("nothing was checked");
  }

  @Test
  void aSimulatorAnswers() {
    try (MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults())) {
      assertThatCode(() -> TargetReachability.requireAnswer(simulator.baseUrl()))
          .doesNotThrowAnyException();
    }
  }
}
