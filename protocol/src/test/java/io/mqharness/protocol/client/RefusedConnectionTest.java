package io.mqharness.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.protocol.sign.Credentials;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A target that refuses the connection: the client's error names what happened, never "failed:
 * null".
 */
class RefusedConnectionTest {

  @Test
  void aRefusedConnectionNamesItsException() throws Exception {
    // given: a loopback port nothing listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    MqClient client =
        new MqClient(
            URI.create("http://127.0.0.1:" + port),
            Credentials.of("ak", "sk"),
            MqClientOptions.defaults().withRequestTimeout(Duration.ofSeconds(5)));
    // when
    MqClientException error =
        catchThrowableOfType(
            MqClientException.class,
            () -> client.producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then
    assertThat(error.getMessage()).contains("failed: ", "ConnectException").doesNotContain("null");
  }
}
