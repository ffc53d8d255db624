package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.CallTimeouts;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.MqClientAdapter;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The contract self-check of one driver, without the catalogue and without a service (DRIVER.md
 * §9): a first process gets {@code hello}, a line that is not JSON, an unknown op and {@code
 * shutdown}; a second one gets {@code hello} and then the end of its input. Each answer is checked
 * against {@link DriverContract} (the error answers against {@code answer.badRequest} and {@code
 * answer.unknownOp}), and each process must exit with code 0. The result is a list of named checks,
 * each passed or failed with what was seen.
 */
public final class DriverSelfCheck {
  /**
   * One thing the contract asks, and whether the driver did it; {@code detail} says what was seen.
   */
  public record Check(String name, boolean passed, String detail) {}

  /** Every check of one run, in order. */
  public record Report(String driver, List<Check> checks) {
    public boolean passed() {
      return checks.stream().allMatch(Check::passed);
    }

    public long failures() {
      return checks.stream().filter(c -> !c.passed()).count();
    }

    /**
     * One line per check ({@code PASS} or {@code FAIL}, name, what was seen) and a closing count.
     */
    public void print(PrintStream out) {
      out.println("driver self-check of " + driver + " (DRIVER.md §9)");
      for (Check check : checks) {
        out.println(
            "  "
                + (check.passed() ? "PASS" : "FAIL")
                + "  "
                + check.name()
                + ": "
                + check.detail());
      }
      out.println(
          "self-check: " + (checks.size() - failures()) + " passed, " + failures() + " failed");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration EXIT_LIMIT = Duration.ofSeconds(5);

  private final DriverCommand command;
  private final Duration answerLimit;
  private final List<Check> checks = new ArrayList<>();

  private DriverSelfCheck(DriverCommand command, Duration answerLimit) {
    this.command = command;
    this.answerLimit = answerLimit;
  }

  /**
   * Runs every check on {@code command}, waiting at most {@code answerLimit} for each answer and 5
   * s for each exit; never throws for what the driver does (a driver that cannot start fails the
   * first check).
   */
  public static Report run(DriverCommand command, Duration answerLimit) {
    DriverSelfCheck check = new DriverSelfCheck(command, answerLimit);
    check.shutdownSession();
    check.endOfInputSession();
    return new Report(command.name(), List.copyOf(check.checks));
  }

  /**
   * {@code args[0]}, else the system property {@code client}: {@code cmd:<command line>} or a
   * bundled driver client's name. Prints the report; throws {@link IllegalStateException} when a
   * check failed (so that {@code exec:java} fails the build) or the client is not a driver that can
   * run here.
   */
  public static void main(String[] args) {
    String client = args.length > 0 ? String.join(" ", args) : System.getProperty("client", "");
    if (client.isBlank() || client.equals("all")) {
      throw new IllegalStateException(
          "name one driver client: -Dclient=\"cmd:<command line>\" or -Dclient=node-sdk");
    }
    BundledClients.registerAll();
    ClientRegistry.unavailableReason(client)
        .ifPresent(
            reason -> {
              throw new IllegalStateException(client + " cannot run here: " + reason);
            });
    DriverCommand command;
    try (MqClientAdapter adapter = ClientRegistry.create(client)) {
      if (!(adapter instanceof DriverProcessAdapter driver)) {
        throw new IllegalStateException(client + " is an in-process client, not a driver");
      }
      command = driver.command();
    }
    Report report = run(command, CallTimeouts.fromSystemProperties().cutOff());
    report.print(System.out);
    if (!report.passed()) {
      throw new IllegalStateException(
          "driver self-check of " + client + ": " + report.failures() + " check(s) failed");
    }
  }

  private void shutdownSession() {
    DriverProcess process = start("the driver starts");
    if (process == null) {
      return;
    }
    try {
      expectAnswer(
          process,
          "hello answers with its name, SDK and capabilities",
          request(1, "hello"),
          "answer.hello",
          1);
      expectAnswer(
          process,
          "a line that is not JSON gets an error answer (id null, client, BadRequest)",
          "this is not JSON {",
          "answer.badRequest",
          null);
      expectAnswer(
          process,
          "an unknown op gets an error answer (unsupported, UnknownOp)",
          request(2, "frobnicate"),
          "answer.unknownOp",
          2);
      expectAnswer(process, "shutdown is answered", request(3, "shutdown"), "answer.empty", 3);
      expectExit(process, "the driver exits with code 0 after shutdown", "after shutdown");
    } finally {
      process.killTree();
    }
  }

  private void endOfInputSession() {
    DriverProcess process = start("a second driver starts");
    if (process == null) {
      return;
    }
    try {
      expectAnswer(process, "hello is answered again", request(1, "hello"), "answer.hello", 1);
      process.closeInput();
      expectExit(
          process, "the driver exits with code 0 at the end of its input", "at the end of input");
    } finally {
      process.killTree();
    }
  }

  private DriverProcess start(String name) {
    try {
      DriverProcess process = DriverProcess.start(command);
      checks.add(
          new Check(
              name, true, String.join(" ", command.argv()) + " in " + command.workingDirectory()));
      return process;
    } catch (IOException e) {
      checks.add(
          new Check(
              name,
              false,
              "cannot start " + String.join(" ", command.argv()) + ": " + e.getMessage()));
      return null;
    }
  }

  private void expectAnswer(
      DriverProcess process, String name, String line, String definition, Integer id) {
    if (!process.send(line)) {
      checks.add(new Check(name, false, "the driver no longer reads its stdin" + stderr(process)));
      return;
    }
    DriverProcess.Next next = process.nextLine(answerLimit);
    if (next instanceof DriverProcess.TimedOut) {
      checks.add(
          new Check(
              name, false, "no answer within " + answerLimit.toMillis() + " ms" + stderr(process)));
      return;
    }
    if (!(next instanceof DriverProcess.Line answer)) {
      checks.add(
          new Check(
              name, false, "the driver ended its stdout instead of answering" + stderr(process)));
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(answer.text());
    } catch (JsonProcessingException e) {
      checks.add(new Check(name, false, "answered a line that is not JSON: " + answer.text()));
      return;
    }
    List<String> violations = new ArrayList<>(DriverContract.get().violations(definition, node));
    if (id != null && !(node.path("id").isIntegralNumber() && node.path("id").asInt() == id)) {
      violations.add("$.id: " + node.path("id") + " where the request had " + id);
    }
    checks.add(
        violations.isEmpty()
            ? new Check(name, true, answer.text())
            : new Check(
                name, false, String.join("; ", violations) + " | line received: " + answer.text()));
  }

  private void expectExit(DriverProcess process, String name, String when) {
    OptionalInt code = process.exitCode(EXIT_LIMIT);
    if (code.isEmpty()) {
      checks.add(new Check(name, false, "still running " + EXIT_LIMIT.toSeconds() + " s " + when));
    } else if (code.getAsInt() != 0) {
      checks.add(
          new Check(
              name, false, "exited with code " + code.getAsInt() + " " + when + stderr(process)));
    } else {
      DriverProcess.Next extra = process.nextLine(Duration.ofMillis(200));
      checks.add(
          extra instanceof DriverProcess.Line line
              ? new Check(
                  name, false, "exited 0, but wrote a line no request asked for: " + line.text())
              : new Check(name, true, "exit code 0"));
    }
  }

  private static String request(int id, String op) {
    return "{\"id\":" + id + ",\"op\":\"" + op + "\",\"params\":{}}";
  }

  private static String stderr(DriverProcess process) {
    String tail = process.stderrTail();
    return tail.isEmpty() ? "" : "; stderr tail: " + tail.replace('\n', ' ');
  }
}
