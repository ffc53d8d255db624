package io.mqharness.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar reports/target/mq-reports.jar --root .}: writes the index and prints its path.
 */
@Command(
    name = "mq-reports",
    mixinStandardHelpOptions = true,
    description =
        "Writes the HTML index of the Gatling runs, their history and the conformance reports.")
public final class ReportIndexMain implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--root",
      defaultValue = ".",
      description = "Project root; the other paths are relative to it (default: ${DEFAULT-VALUE}).")
  Path root;

  @Option(
      names = "--gatling",
      defaultValue = "simulations/target/gatling",
      description = "Gatling results folder (default: ${DEFAULT-VALUE}).")
  Path gatling;

  @Option(
      names = "--runs",
      defaultValue = "simulations/target/harness-runs",
      description = "Harness run summaries (default: ${DEFAULT-VALUE}).")
  Path runs;

  @Option(
      names = "--conformance",
      defaultValue = "conformance/target",
      description = "Conformance build output (default: ${DEFAULT-VALUE}).")
  Path conformance;

  @Option(
      names = "--history",
      defaultValue = "reports/history",
      description = "History folder, kept across builds (default: ${DEFAULT-VALUE}).")
  Path history;

  @Option(
      names = "--out",
      defaultValue = "reports/index.html",
      description = "The index to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--simulations",
      split = ",",
      defaultValue = "PublishSimulation,CheckSimulation,ConsumeSimulation,EndToEndSimulation",
      description =
          "Simulations that get a line even before their first run (default: ${DEFAULT-VALUE}).")
  List<String> simulations;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(root)) {
      // A mistyped root would otherwise get a reports/ tree of its own and an empty index: usage
      // error, exit 2.
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--root "
              + root
              + " is not a directory: give the project's root (the folder holding ./harness)");
    }
    ReportPaths paths =
        new ReportPaths(
            root.resolve(gatling),
            root.resolve(runs),
            root.resolve(conformance),
            root.resolve(history),
            root.resolve(out));
    ReportIndexGenerator.Generated generated =
        new ReportIndexGenerator(paths, simulations, Clock.systemUTC()).generate();
    generated.notes().forEach(note -> spec.commandLine().getErr().println("left out: " + note));
    spec.commandLine().getOut().println(generated.index().normalize());
    return 0;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * A failure is one line on stderr and exit code 1: the reader is a person or a CI log, not a
   * developer.
   */
  static CommandLine commandLine() {
    return new CommandLine(new ReportIndexMain())
        .setExecutionExceptionHandler(
            (e, commandLine, parsed) -> {
              commandLine.getErr().println("mq-reports: " + e.getMessage());
              return 1;
            });
  }
}
