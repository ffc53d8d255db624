package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * ENGINE.md stays a true map of the engine: each class its SPEC table names for a section cites
 * that section at its top, and every class of the engine package is named on the page.
 */
class EngineMapTest {
  private static final Path PAGE = Path.of("ENGINE.md");
  private static final Path SOURCES = Path.of("src/main/java/io/mqharness/simulator/engine");
  private static final Pattern SECTION = Pattern.compile("§\\d+(?:\\.\\d+)?|Q\\d+");
  private static final Pattern FIRST_CLASS = Pattern.compile("`(\\w+)`");

  /** One row of the page's SPEC table: the sections and the class that owns them. */
  private record Row(List<String> sections, String owner) {}

  @Test
  void eachClassOfTheSpecTableCitesItsSectionsAtItsTop() throws IOException {
    // given
    List<Row> rows = specTable();
    // when / then
    assertThat(rows).as("rows of the SPEC table in ENGINE.md").hasSizeGreaterThanOrEqualTo(15);
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      String comment = classComment(row.owner());
      for (String section : row.sections()) {
        softly
            .assertThat(cites(comment, section))
            .as("%s's class comment cites %s", row.owner(), section)
            .isTrue();
      }
    }
    softly.assertAll();
  }

  @Test
  void everyClassOfTheEnginePackageIsNamedOnThePage() throws IOException {
    // given
    String page = Files.readString(PAGE);
    List<String> classes;
    try (Stream<Path> files = Files.list(SOURCES)) {
      classes =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith(".java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .sorted()
              .toList();
    }
    // when / then
    assertThat(classes).as("classes of the engine package").hasSizeGreaterThan(40);
    assertThat(classes)
        .allSatisfy(
            name ->
                assertThat(page)
                    .as("ENGINE.md names %s", name)
                    .containsPattern("\\b" + name + "\\b"));
  }

  private static List<Row> specTable() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(PAGE)) {
      if (!line.startsWith("| §")) {
        continue;
      }
      String[] cells = line.split("\\|");
      List<String> sections = new ArrayList<>();
      Matcher section = SECTION.matcher(cells[1]);
      while (section.find()) {
        sections.add(section.group());
      }
      Matcher owner = FIRST_CLASS.matcher(cells[3]);
      assertThat(owner.find()).as("a class named in %s", line).isTrue();
      rows.add(new Row(sections, owner.group(1)));
    }
    return rows;
  }

  /** The doc comment just before the class's declaration. */
  private static String classComment(String className) throws IOException {
    Path file = SOURCES.resolve(className + ".java");
    assertThat(file).as("the class %s named in ENGINE.md", className).exists();
    String source = Files.readString(file);
    Matcher declaration =
        Pattern.compile(
                "(?m)^(public )?(final )?(class|record|interface|enum) " + className + "\\b")
            .matcher(source);
    assertThat(declaration.find()).as("%s declares %s", file, className).isTrue();
    int start = source.lastIndexOf("/**", declaration.start());
    return start < 0 ? "" : source.substring(start, declaration.start());
  }

  private static boolean cites(String comment, String section) {
    return Pattern.compile(Pattern.quote(section) + "(?![.\\d])").matcher(comment).find();
  }
}
