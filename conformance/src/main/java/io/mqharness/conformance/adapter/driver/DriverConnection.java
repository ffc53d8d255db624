package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ClientFailure.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * One request at a time over one driver process. A timeout, an exit or a broken answer kills the
 * process and marks the connection dead; the caller then starts a new one. Every answer is checked
 * against the answer of its op in {@link DriverContract}; one that breaks it throws {@link
 * DriverContractException} (the driver lives on).
 */
final class DriverConnection implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

  private final DriverCommand command;
  private final DriverProcess process;
  private long nextId = 1;
  private boolean dead;

  private DriverConnection(DriverCommand command, DriverProcess process) {
    this.command = command;
    this.process = process;
  }

  static DriverConnection open(DriverCommand command) {
    try {
      return new DriverConnection(command, DriverProcess.start(command));
    } catch (IOException e) {
      throw new ClientFailure(
          Kind.CLIENT,
          "DriverStartFailed",
          "cannot start driver "
              + command.name()
              + " ("
              + String.join(" ", command.argv())
              + " in "
              + command.workingDirectory()
              + "): "
              + e.getMessage(),
          null,
          List.of());
    }
  }

  boolean isDead() {
    return dead;
  }

  /**
   * Sends {@code op} and returns the answer's {@code result}, or throws the answer's error as a
   * ClientFailure.
   */
  JsonNode call(String op, ObjectNode params, Duration limit) {
    long id = nextId++;
    String line = DriverRequests.envelope(id, op, params).toString();
    if (!process.send(line)) {
      throw ended(op);
    }
    DriverProcess.Next next = process.nextLine(limit);
    if (next instanceof DriverProcess.TimedOut) {
      throw timedOut(op, limit);
    }
    if (next instanceof DriverProcess.Line answerLine) {
      return result(op, id, answerLine.text());
    }
    throw ended(op);
  }

  private JsonNode result(String op, long id, String line) {
    JsonNode answer;
    try {
      answer = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw broken(op, "wrote a line that is not JSON: " + abbreviate(line));
    }
    if (!answer.path("id").isIntegralNumber() || answer.path("id").asLong() != id) {
      throw broken(
          op, "answered id " + answer.path("id") + " to request " + id + ": " + abbreviate(line));
    }
    String definition = DriverContract.answerDefinition(op);
    List<String> violations = DriverContract.get().violations(definition, answer);
    if (!violations.isEmpty()) {
      throw new DriverContractException(
          command.name(), op, definition, violations, abbreviate(line, 1000));
    }
    if (answer.path("ok").asBoolean(false)) {
      return answer.path("result");
    }
    if (!answer.path("error").isObject()) {
      throw broken(op, "answered neither a result nor an error: " + abbreviate(line));
    }
    throw DriverAnswers.failure(answer.path("error"));
  }

  private ClientFailure timedOut(String op, Duration limit) {
    kill();
    return new ClientFailure(
        Kind.TIMEOUT,
        "DriverTimeout",
        command.name()
            + " did not answer "
            + op
            + " within "
            + limit.toMillis()
            + " ms and was killed"
            + tail(),
        null,
        List.of());
  }

  private ClientFailure ended(String op) {
    OptionalInt code = process.exitCode(EXIT_GRACE);
    // Read the driver's last words before killing: destroying a Process closes its streams, and
    // lines the
    // stderr pump had not read yet would be lost.
    String tail = tail();
    kill();
    String how = code.isPresent() ? "exited with code " + code.getAsInt() : "closed its stdout";
    return new ClientFailure(
        Kind.CLIENT,
        "DriverExited",
        command.name() + " " + how + " during " + op + tail,
        null,
        List.of());
  }

  private ClientFailure broken(String op, String what) {
    kill();
    return new ClientFailure(
        Kind.CLIENT,
        "DriverProtocolError",
        command.name() + " " + what + " (during " + op + "; driver killed)" + tail(),
        null,
        List.of());
  }

  private String tail() {
    String text = process.stderrTail();
    return text.isEmpty() ? "" : "; stderr tail:\n" + text;
  }

  private static String abbreviate(String line) {
    return abbreviate(line, 200);
  }

  private static String abbreviate(String line, int max) {
    return line.length() <= max ? line : line.substring(0, max) + "…";
  }

  private void kill() {
    dead = true;
    process.killTree();
  }

  /** Asks the driver to shut down, then kills whatever is left. */
  @Override
  public void close() {
    if (!dead && process.isAlive()) {
      try {
        call("shutdown", DriverRequests.none(), Duration.ofSeconds(5));
      } catch (ClientFailure | DriverContractException ignored) {
        // it is going away either way
      }
      process.exitCode(EXIT_GRACE);
    }
    kill();
  }
}
