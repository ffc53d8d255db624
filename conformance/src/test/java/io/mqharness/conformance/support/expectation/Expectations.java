package io.mqharness.conformance.support.expectation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The expected outcomes of one run: every {@code *.yaml} in the bundled folder (system property
 * {@code conformance.expectations.dir}, which the build sets to {@code conformance/expectations}),
 * plus the files a user names with {@code conformance.expectations} (comma-separated paths). A
 * scenario with no entry must pass. Throws {@link IllegalArgumentException} when a file cannot be
 * read or two entries name the same client and scenario.
 */
public final class Expectations {
  public static final String FILES_KEY = "conformance.expectations";
  public static final String DIR_KEY = "conformance.expectations.dir";

  private final Map<String, Expectation> byClientAndScenario;
  private final List<Path> files;

  private Expectations(Map<String, Expectation> byClientAndScenario, List<Path> files) {
    this.byClientAndScenario = byClientAndScenario;
    this.files = files;
  }

  /**
   * {@code parameters} gives configuration values by key (JUnit's configuration parameters in a
   * run).
   */
  public static Expectations load(Function<String, Optional<String>> parameters) {
    List<Path> files = new ArrayList<>();
    parameters
        .apply(DIR_KEY)
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .ifPresent(dir -> files.addAll(yamlFiles(dir)));
    parameters
        .apply(FILES_KEY)
        .ifPresent(
            list ->
                Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Path::of)
                    .forEach(files::add));
    return of(files);
  }

  public static Expectations of(List<Path> files) {
    Map<String, Expectation> entries = new LinkedHashMap<>();
    for (Path file : files) {
      for (Expectation expectation : ExpectationsFile.read(file)) {
        Expectation earlier =
            entries.putIfAbsent(key(expectation.client(), expectation.scenario()), expectation);
        if (earlier != null) {
          throw new IllegalArgumentException(
              expectation.describe() + " is expected twice: in " + earlier.file() + " and " + file);
        }
      }
    }
    return new Expectations(Map.copyOf(entries), List.copyOf(files));
  }

  /**
   * The expectation for {@code scenario} under any of the client's names (selection name, driver
   * name).
   */
  public Optional<Expectation> find(String scenario, String... clientNames) {
    return Arrays.stream(clientNames)
        .filter(name -> name != null)
        .map(name -> byClientAndScenario.get(key(name, scenario)))
        .filter(e -> e != null)
        .findFirst();
  }

  public List<Expectation> all() {
    return byClientAndScenario.values().stream().toList();
  }

  public List<Path> files() {
    return files;
  }

  private static String key(String client, String scenario) {
    return client + "\u0000" + scenario;
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(DIR_KEY + " " + dir + " is not a folder");
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
