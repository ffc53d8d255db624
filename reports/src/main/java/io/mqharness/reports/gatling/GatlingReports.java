package io.mqharness.reports.gatling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the report directories under Gatling's results folder ({@code simulations/target/gatling}).
 */
public final class GatlingReports {

  private GatlingReports() {}

  /** Every readable report, oldest first; what cannot be read is described in {@code notes}. */
  public static List<GatlingReport> scan(Path resultsFolder, List<String> notes)
      throws IOException {
    if (!Files.isDirectory(resultsFolder)) {
      return List.of();
    }
    List<GatlingReport> reports = new ArrayList<>();
    try (Stream<Path> entries = Files.list(resultsFolder)) {
      for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
        if (GatlingRunId.parse(dir.getFileName().toString()).isEmpty()) {
          continue;
        }
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
          notes.add(dir + ": no index.html (Gatling did not generate the report), left out");
          continue;
        }
        try {
          reports.add(GatlingReportReader.read(dir));
        } catch (IOException e) {
          notes.add(e.getMessage() + ", left out");
        }
      }
    }
    reports.sort(Comparator.comparing(r -> r.id().startedAt()));
    return reports;
  }
}
