package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.ReceivedMessage;
import io.mqharness.mock.junit.MqSimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code cmd:} client: the bundled Python driver started from a command line, as a user would. */
class CommandDriverTest {
  @RegisterExtension static final MqSimulatorExtension mq = MqSimulatorExtension.withSystemClock();

  @Test
  void commandLineDriverDoesARoundTrip() {
    // given
    DriverPaths paths = DriverPaths.fromSystemProperties();
    String commandLine = "env PYTHONPATH=" + paths.pythonSdk() + " PYTHONDONTWRITEBYTECODE=1 python3 " + paths.pythonDriver().resolve("driver.py");
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
  void registeredNamesCreateDriverClients() {
    // when
    DriverClients.register();
    // then
    assertThat(ClientRegistry.unavailableReason("node-sdk")).isEmpty();
    assertThat(ClientRegistry.unavailableReason("python-sdk")).isEmpty();
    try (var node = ClientRegistry.create("node-sdk");
        var python = ClientRegistry.create("python-sdk");
        var cmd = ClientRegistry.create("cmd:./my-driver --flag")) {
      assertThat(node.name()).isEqualTo("node-sdk");
      assertThat(python.name()).isEqualTo("python-sdk");
      assertThat(cmd.name()).isEqualTo("cmd:./my-driver --flag");
    }
  }
}
