package io.mqharness.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A project tree in a temporary folder, laid out as the real one, filled from {@code src/test/resources/fixtures}:
 * real Gatling 3.15.1 reports (index.html only), harness summaries, a conformance matrix and an Allure stand-in (or
 * a real single-file Allure report rendered by the build, {@link #withAllureReport(Path)}).
 */
public final class FixtureProject {

  public static final String PUBLISH_1 = "publishsimulation-20261125074108837";
  public static final String PUBLISH_2 = "publishsimulation-20261125074215729";
  public static final String CHECK_1 = "checksimulation-20261125074158398";
  public static final List<String> EXPECTED =
      List.of("PublishSimulation", "CheckSimulation", "ConsumeSimulation", "EndToEndSimulation");
  static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

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
      summaries.filter(s -> s.getFileName().toString().toLowerCase().startsWith(simulation + "-"))
          .forEach(s -> copyTree(s, paths.runs().resolve(s.getFileName())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public FixtureProject withConformance() {
    copyTree(fixture("conformance"), paths.conformance());
    return this;
  }

  /**
   * A rendered Allure report in place of the stand-in {@link #withConformance()} copies, where {@code allure:report}
   * writes it ({@link ReportPaths#allureIndex()}).
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
