package io.mqharness.reports;

import io.mqharness.reports.gatling.GatlingReportReader;
import io.mqharness.reports.summary.RunSummaries;
import io.mqharness.reports.summary.SimulationRunSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A project tree in a temporary folder, laid out as the real one, filled from {@code
 * src/test/resources/fixtures}: real Gatling 3.15.1 reports (index.html only), harness summaries, a
 * conformance matrix and an Allure stand-in (or a real single-file Allure report rendered by the
 * build, {@link #withAllureReport(Path)}), and summaries of capacity searches and of runs with a
 * warm-up or several injectors with reports made for them ({@link #withSummaryRun}).
 */
public final class FixtureProject {

  public static final String PUBLISH_1 = "publishsimulation-20261125074108837";
  public static final String PUBLISH_2 = "publishsimulation-20261125074215729";
  public static final String CHECK_1 = "checksimulation-20261125074158398";

  /**
   * Summaries of fixtures/summaries: capacity searches and runs with a warm-up or several
   * injectors.
   */
  public static final String CAPACITY_HELD_TO_MAX = "CapacitySimulation-20261124090000000.json";

  public static final String CAPACITY_END_TO_END = "CapacitySimulation-20261124150000000.json";
  public static final String CAPACITY_PUBLISH = "CapacitySimulation-20261125070000000.json";
  public static final String MERGED_INJECTORS = "EndToEndSimulation-20261125081000000.json";
  public static final String PARTIAL_INJECTOR = "EndToEndSimulation-20261125082000000.json";

  /**
   * Soak runs: one that held (a real 1-minute soak's summary), one whose heap grows (the planted
   * leak's shape).
   */
  public static final String SOAK_HELD = "SoakSimulation-20261125090000000.json";

  public static final String SOAK_LEAKING = "SoakSimulation-20261125091000000.json";

  /** Real Gatling 3.15.1 reports the runs of those summaries borrow ({@link #withSummaryRun}). */
  public static final String PUBLISH_REPORT = "gatling/" + PUBLISH_1;

  public static final String GROUPS_REPORT = "gatling-groups/endtoendsimulation-20261125083040759";
  public static final List<String> EXPECTED =
      List.of("PublishSimulation", "CheckSimulation", "ConsumeSimulation", "EndToEndSimulation");
  static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
  static final Duration REPORT_DELAY = Duration.ofSeconds(3);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path root;
  private final ReportPaths paths;

  public FixtureProject(Path root) {
    this.root = root;
    this.paths = ReportPaths.defaultsUnder(root);
  }

  public Path root() {
    return root;
  }

  public ReportPaths paths() {
    return paths;
  }

  /** A Gatling run directory and the harness summaries written for it. */
  public FixtureProject withRun(String gatlingRun) {
    copyTree(fixture("gatling").resolve(gatlingRun), paths.gatling().resolve(gatlingRun));
    try (Stream<Path> summaries = Files.list(fixture("harness-runs"))) {
      String simulation = gatlingRun.substring(0, gatlingRun.indexOf('-'));
      summaries
          .filter(s -> s.getFileName().toString().toLowerCase().startsWith(simulation + "-"))
          .forEach(s -> copyTree(s, paths.runs().resolve(s.getFileName())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * A run of a summary from {@code fixtures/summaries} with a Gatling report made for it, as a
   * simulation leaves them: the summary in the run summaries folder, and the template report's
   * {@code index.html} in a run directory named after the summary's simulation and stamped {@link
   * #REPORT_DELAY} after its start, with the template's simulation name replaced by the summary's.
   * Gatling's figures are then the template's.
   *
   * @param summaryFile a file name of fixtures/summaries, e.g. {@link #CAPACITY_PUBLISH}
   * @param reportTemplate a real report's run directory under fixtures, e.g. {@link #GROUPS_REPORT}
   */
  public FixtureProject withSummaryRun(String summaryFile, String reportTemplate) {
    Path summary = fixture("summaries").resolve(summaryFile);
    copyTree(summary, paths.runs().resolve(summaryFile));
    try {
      SimulationRunSummary read = RunSummaries.readOne(summary);
      Path template = fixture(reportTemplate).resolve("index.html");
      String templateName = GatlingReportReader.read(template.getParent()).simulation();
      String report =
          Files.readString(template, StandardCharsets.UTF_8)
              .replace(templateName, read.simulation());
      withFile(paths.gatling().resolve(runIdOf(summaryFile)).resolve("index.html"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * The Gatling run directory {@link #withSummaryRun} makes for a summary of fixtures/summaries.
   */
  public static String runIdOf(String summaryFile) {
    try {
      SimulationRunSummary summary =
          RunSummaries.readOne(fixture("summaries").resolve(summaryFile));
      return summary.simulation().toLowerCase(Locale.ROOT)
          + "-"
          + STAMP.format(summary.startedAt().plus(REPORT_DELAY));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public FixtureProject withConformance() {
    copyTree(fixture("conformance"), paths.conformance());
    return this;
  }

  /**
   * A rendered Allure report in place of the stand-in {@link #withConformance()} copies, where
   * {@code allure:report} writes it ({@link ReportPaths#allureIndex()}).
   *
   * @param singleFile a single-file report's {@code index.html}
   */
  public FixtureProject withAllureReport(Path singleFile) {
    copyTree(singleFile, paths.allureIndex());
    return this;
  }

  public FixtureProject withFile(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** What {@code mvn clean} of the simulations module does. */
  public FixtureProject cleanSimulations() {
    deleteTree(root.resolve("simulations/target"));
    return this;
  }

  public ReportIndexGenerator.Generated generate() throws IOException {
    return new ReportIndexGenerator(paths, EXPECTED, Clock.fixed(NOW, ZoneOffset.UTC)).generate();
  }

  public Document index() throws IOException {
    return Jsoup.parse(paths.index().toFile(), "UTF-8");
  }

  public static Path fixture(String name) {
    try {
      return Path.of(FixtureProject.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path tree) {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> files = Files.walk(tree)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
