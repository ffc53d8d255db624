package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code cmd:} client: the bundled Python driver started from a command line, as a user would.
 */
class CommandDriverTest {
  @RegisterExtension static final MqSimulatorExtension mq = MqSimulatorExtension.withSystemClock();

  @Test
  void commandLineDriverDoesARoundTrip() {
    // given: the bundled Python driver, with the SDK wherever the build found it
    DriverClients.missing(DriverClients.PYTHON_SDK)
        .ifPresent(reason -> Assumptions.abort("no Python SDK here: " + reason));
    DriverPaths paths = DriverPaths.fromSystemProperties();
    ExternalClients found = ExternalClients.load(paths);
    String commandLine =
        "env "
            + found.pythonPath().map(path -> "PYTHONPATH=" + path + " ").orElse("")
            + "PYTHONDONTWRITEBYTECODE=1 "
            + found.python()
            + " "
            + paths.pythonDriver().resolve("driver.py");
    try (var client = DriverClients.command(commandLine)) {
      client.connect(new Endpoint(mq.baseUrl(), mq.accessKeyId(), mq.accessKeySecret(), null));
      // when
      client.publish(PublishCommand.of("", "T_CMD", "via cmd"));
      List<ReceivedMessage> got = client.consume(ConsumeCommand.of("", "T_CMD", "GID_CMD", 1, 1));
      client.ack(AckCommand.of("", "T_CMD", "GID_CMD", List.of(got.get(0).receiptHandle())));
      // then
      assertThat(client.name()).isEqualTo("cmd:" + commandLine);
      assertThat(client.sdk()).isEqualTo("mq_http_sdk 1.0.3");
      assertThat(got).extracting(ReceivedMessage::body).containsExactly("via cmd");
    }
  }

  @Test
  void registeredNamesCreateDriverClientsOrSayWhyTheyCannot() {
    // when
    DriverClients.register();
    // then: a bundled driver whose SDK is here is created; one whose SDK is not carries the reason
    for (String name :
        List.of(
            DriverClients.NODE_SDK,
            DriverClients.PYTHON_SDK,
            DriverClients.GO_SDK,
            DriverClients.PHP_SDK)) {
      Optional<String> missing = DriverClients.missing(name);
      assertThat(ClientRegistry.unavailableReason(name)).as(name).isEqualTo(missing);
      if (missing.isEmpty()) {
        try (var client = ClientRegistry.create(name)) {
          assertThat(client.name()).isEqualTo(name);
        }
      }
    }
    try (var cmd = ClientRegistry.create("cmd:./my-driver --flag")) {
      assertThat(cmd.name()).isEqualTo("cmd:./my-driver --flag");
    }
  }
}
