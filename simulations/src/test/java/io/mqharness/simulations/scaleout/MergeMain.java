package io.mqharness.simulations.scaleout;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./harness merge DIR...}: the merge of a scaled-out run's injectors ({@link
 * ScaleOutMerge}). Exit status 0 when the merged run passed, 1 when it failed (lost, or rolled back
 * and delivered, messages; Gatling's assertions; the throughput floor), 2 when the folders cannot
 * be merged.
 */
@Command(
    name = "./harness merge",
    sortOptions = false,
    description =
        "Merges the results folders of a scaled-out run's injectors (mq.injectors > 1) into one Gatling"
            + " report (Gatling's reports-only mode over the merged simulation.log) and one run summary judged over the"
            + " whole run, and prints their figures. Exit status: 0 passed, 1 failed, 2 cannot merge.")
public final class MergeMain implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "Every injector's results folder, one each.")
  List<Path> dirs;

  @Option(
      names = "--runs-dir",
      defaultValue = "simulations/target/harness-runs",
      description = "Where the merged run summary goes. Default: ${DEFAULT-VALUE}")
  Path runsDir;

  @Option(
      names = "--results-folder",
      defaultValue = "simulations/target/gatling",
      description =
          "Gatling's results folder: the merged run folder and its report go here. Default: ${DEFAULT-VALUE}")
  Path resultsFolder;

  /**
   * Runs the merge with {@code args} (DIR... and options; {@code --help}) and exits with its
   * status.
   */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new MergeMain())
            .setExecutionExceptionHandler(
                (e, command, parsed) -> {
                  command.getErr().println("cannot merge: " + e.getMessage());
                  return 2;
                })
            .execute(args));
  }

  /** The merge of {@link #dirs}, with Gatling from this JVM's classpath; the exit status. */
  @Override
  public Integer call() throws Exception {
    ScaleOutMerge.Outcome outcome =
        ScaleOutMerge.merge(
            dirs, runsDir, resultsFolder, System.getProperty("java.class.path"), System.out);
    return outcome.failed() ? 1 : 0;
  }
}
