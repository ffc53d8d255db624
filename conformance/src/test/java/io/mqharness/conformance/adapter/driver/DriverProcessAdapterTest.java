package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.conformance.adapter.CallTimeouts;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ClientFailure.HandleFailure;
import io.mqharness.conformance.adapter.ClientFailure.Kind;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's side of DRIVER.md, against a scripted driver: time limits, restarts, exits and
 * broken answers.
 */
class DriverProcessAdapterTest {
  private static final CallTimeouts SHORT = new CallTimeouts(Duration.ofSeconds(1));
  private static final Endpoint ENDPOINT = new Endpoint("http://127.0.0.1:9", "ak", "sk", null);
  private static final PublishCommand PUBLISH = PublishCommand.of("", "T1", "hello");

  @TempDir Path dir;

  @Test
  void driverThatDoesNotAnswerInTimeIsKilledAndTheNextCallStartsAConnectedNewOne()
      throws IOException {
    // given
    Path journal = dir.resolve("journal");
    try (var client = fake("hang", journal)) {
      client.connect(ENDPOINT);
      // when
      long started = System.nanoTime();
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      // then
      assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(failure.getMessage()).contains("publish", "killed");
      assertThat(tookMillis).isBetween(900L, 5_000L);
      long firstPid = pids(journal).get(0);
      assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      // and when
      var messages = client.consume(ConsumeCommand.of("", "T1", "GID", 1, 0));
      // then
      assertThat(messages).isEmpty();
      assertThat(pids(journal)).hasSize(2).doesNotHaveDuplicates();
      assertThat(ops(journal))
          .containsExactly("hello", "connect", "publish", "hello", "connect", "consume");
    }
  }

  @Test
  void driverThatNeverAnswersHelloIsATimeout() {
    try (var client =
        new DriverProcessAdapter(
            command("silent", "python3", "-c", "import time; time.sleep(60)"), SHORT)) {
      ClientFailure failure = catchThrowableOfType(ClientFailure.class, client::capabilities);
      assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(failure.getMessage()).contains("hello");
    }
  }

  @Test
  void driverThatExitsIsAClientFailureWithItsExitCodeAndStderr() throws IOException {
    try (var client = fake("exit", dir.resolve("journal"))) {
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      assertThat(failure.kind()).isEqualTo(Kind.CLIENT);
      assertThat(failure.code()).isEqualTo("DriverExited");
      assertThat(failure.getMessage())
          .contains("exited with code 3", "during publish", "dying on publish");
    }
  }

  @Test
  void driverWritingSomethingElseOnStdoutIsAProtocolError() throws IOException {
    try (var client = fake("garbage", dir.resolve("journal"))) {
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      assertThat(failure.kind()).isEqualTo(Kind.CLIENT);
      assertThat(failure.code()).isEqualTo("DriverProtocolError");
      assertThat(failure.getMessage()).contains("this is not an answer");
    }
  }

  @Test
  void answerToAnotherRequestIsAProtocolError() throws IOException {
    try (var client = fake("wrong-id", dir.resolve("journal"))) {
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      assertThat(failure.code()).isEqualTo("DriverProtocolError");
    }
  }

  @Test
  void errorAnswerBecomesAClientFailureWithEveryField() throws IOException {
    try (var client = fake("error", dir.resolve("journal"))) {
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      assertThat(failure.kind()).isEqualTo(Kind.SERVICE);
      assertThat(failure.code()).isEqualTo("AckMessageFail");
      assertThat(failure.requestId()).isEqualTo("RID-1");
      assertThat(failure.getMessage()).isEqualTo("some handles failed");
      assertThat(failure.handleFailures())
          .containsExactly(new HandleFailure("H1", "ReceiptHandleError", "stale"));
    }
  }

  @Test
  void answerMissingARequiredFieldIsAContractFailureNamingThePathAndTheLine() throws IOException {
    try (var client = fake("missing-field", dir.resolve("journal"))) {
      DriverContractException failure =
          catchThrowableOfType(DriverContractException.class, () -> client.publish(PUBLISH));
      assertThat(failure.violations()).singleElement().asString().contains("$.result", "bodyMd5");
      assertThat(failure.line())
          .isEqualTo(
              "{\"id\": 2, \"ok\": true, \"result\": {\"messageId\": \"M1\", \"receiptHandle\": null}}");
      assertThat(failure.getMessage())
          .contains(
              "fake-missing-field answered publish", "answer.publish", "line received: {\"id\": 2");
      // and: the driver lives on
      assertThat(client.consume(ConsumeCommand.of("", "T1", "GID", 1, 0))).isEmpty();
    }
  }

  @Test
  void answerWithAFieldOfTheWrongTypeIsAContractFailure() throws IOException {
    try (var client = fake("wrong-type", dir.resolve("journal"))) {
      DriverContractException failure =
          catchThrowableOfType(DriverContractException.class, () -> client.publish(PUBLISH));
      assertThat(failure.violations())
          .singleElement()
          .asString()
          .contains("$.result.messageId", "integer");
      assertThat(failure).isNotInstanceOf(ClientFailure.class);
    }
  }

  @Test
  void connectTellsTheDriverTheClientDeadline() throws IOException {
    Path journal = dir.resolve("journal");
    try (var client =
        new DriverProcessAdapter(
            command("fake-hang", "python3", script(), journal.toString(), "hang"),
            new CallTimeouts(Duration.ofSeconds(20)))) {
      client.connect(ENDPOINT);
    }
    assertThat(Files.readAllLines(journal)).contains("deadline 15000");
  }

  @Test
  void unsupportedAnswerIsAnUnsupportedFailure() throws IOException {
    try (var client = fake("unsupported", dir.resolve("journal"))) {
      ClientFailure failure =
          catchThrowableOfType(ClientFailure.class, () -> client.publish(PUBLISH));
      assertThat(failure.kind()).isEqualTo(Kind.UNSUPPORTED);
      assertThat(failure.code()).isNull();
    }
  }

  @Test
  void capabilitiesComeFromHelloAndUnknownNamesAreIgnored() throws IOException {
    try (var client = fake("hang", dir.resolve("journal"))) {
      assertThat(client.capabilities()).containsExactly(Capability.BATCH_ACK);
      assertThat(client.sdk()).isEqualTo("fake-sdk 0");
    }
  }

  @Test
  void closeAsksTheDriverToShutDown() throws IOException {
    Path journal = dir.resolve("journal");
    var client = fake("hang", journal);
    client.connect(ENDPOINT);
    client.close();
    assertThat(ops(journal)).containsExactly("hello", "connect", "shutdown");
    assertThat(ProcessHandle.of(pids(journal).get(0)).map(ProcessHandle::isAlive).orElse(false))
        .isFalse();
  }

  @Test
  void programThatCannotStartIsAClientFailure() {
    try (var client = new DriverProcessAdapter(command("missing", "/nonexistent/driver"), SHORT)) {
      ClientFailure failure = catchThrowableOfType(ClientFailure.class, client::capabilities);
      assertThat(failure.kind()).isEqualTo(Kind.CLIENT);
      assertThat(failure.code()).isEqualTo("DriverStartFailed");
    }
  }

  private DriverProcessAdapter fake(String mode, Path journal) {
    return new DriverProcessAdapter(
        command("fake-" + mode, "python3", script(), journal.toString(), mode), SHORT);
  }

  private DriverCommand command(String name, String... argv) {
    return new DriverCommand(name, List.of(argv), dir, Map.of());
  }

  private static String script() {
    try {
      return Path.of(
              DriverProcessAdapterTest.class.getResource("/fake-driver/fake_driver.py").toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Long> pids(Path journal) throws IOException {
    return Files.readAllLines(journal).stream()
        .filter(l -> l.startsWith("start "))
        .map(l -> Long.parseLong(l.substring(6)))
        .toList();
  }

  private static List<String> ops(Path journal) throws IOException {
    return Files.readAllLines(journal).stream()
        .filter(l -> !l.startsWith("start ") && !l.startsWith("deadline "))
        .toList();
  }
}
