package io.mqharness.simulator.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetDescriptionTest {
  private static TargetSettings settings(Map<String, String> properties) {
    return TargetSettings.read(TargetOptions.of(properties::get, name -> null));
  }

  @Test
  void noUrlIsTheEmbeddedSimulator() {
    TargetDescription description = TargetDescription.of(settings(Map.of()));
    assertThat(description.kind()).isEqualTo(TargetKind.EMBEDDED_SIMULATOR);
    assertThat(description).hasToString("embedded simulator");
  }

  @Test
  void anEndpointAnsweringTheAdminApiIsAStandaloneSimulatorWithItsClock() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true))) {
      // when
      TargetDescription description =
          TargetDescription.of(settings(Map.of("mq.target.url", simulator.baseUrl())));
      // then
      assertThat(description.kind()).isEqualTo(TargetKind.STANDALONE_SIMULATOR);
      assertThat(description.virtualStandaloneClock()).isTrue();
      assertThat(description).hasToString("standalone simulator at " + simulator.baseUrl());
    }
  }

  @Test
  void anEndpointWithoutTheAdminApiIsARealInstance() throws IOException {
    HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    service.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    service.start();
    try {
      String url = "http://127.0.0.1:" + service.getAddress().getPort();
      TargetDescription description = TargetDescription.of(settings(Map.of("mq.target.url", url)));
      assertThat(description.kind()).isEqualTo(TargetKind.REAL_INSTANCE);
      assertThat(description.simulatorClock()).isEmpty();
    } finally {
      service.stop(0);
    }
  }

  @Test
  void asRealInstanceTakesASimulatorForARealInstance() {
    try (MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults())) {
      TargetDescription description =
          TargetDescription.of(
              settings(
                  Map.of(
                      "mq.target.url", simulator.baseUrl(), "mq.target.asRealInstance", "true")));
      assertThat(description.kind()).isEqualTo(TargetKind.REAL_INSTANCE);
    }
  }

  @Test
  void theAdminClientMovesAVirtualClockAndIsRefusedOnASystemClock() {
    try (MqSimulator virtual =
            MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true));
        MqSimulator system = MqSimulator.start(SimulatorOptions.defaults())) {
      // given
      SimulatorAdminClient admin = new SimulatorAdminClient(virtual.baseUrl() + "/");
      long before = admin.nowMillis();
      // when
      admin.advance(Duration.ofSeconds(10));
      // then
      assertThat(admin.nowMillis()).isEqualTo(before + 10_000);
      assertThat(new SimulatorAdminClient(system.baseUrl()).clockState())
          .hasValueSatisfying(clock -> assertThat(clock.virtual()).isFalse());
      assertThatThrownBy(
              () -> new SimulatorAdminClient(system.baseUrl()).advance(Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("409");
    }
  }
}
