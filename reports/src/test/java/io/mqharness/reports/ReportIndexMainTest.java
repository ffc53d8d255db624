package io.mqharness.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportIndexMainTest {

  @TempDir Path root;

  @Test
  void theIndexIsWrittenUnderTheRootAndItsPathPrinted() throws Exception {
    // given
    new FixtureProject(root).withRun(FixtureProject.PUBLISH_1).withConformance();
    StringWriter out = new StringWriter();

    // when
    int exit = command(out).execute("--root", root.toString());

    // then
    assertThat(exit).isZero();
    assertThat(out.toString().trim()).isEqualTo(root.resolve("reports/index.html").toString());
    assertThat(root.resolve("reports/index.html")).content().contains("PublishSimulation");
    assertThat(root.resolve("reports/history/runs.json")).exists();
  }

  @Test
  void everyPathCanBeMovedAndTheExpectedSimulationsChosen() throws Exception {
    // given
    StringWriter out = new StringWriter();

    // when
    int exit =
        command(out)
            .execute(
                "--root",
                root.toString(),
                "--out",
                "site/runs.html",
                "--history",
                "keep",
                "--simulations",
                "OnlyThisSimulation");

    // then
    assertThat(exit).isZero();
    assertThat(root.resolve("site/runs.html"))
        .content()
        .contains("OnlyThisSimulation")
        .doesNotContain("CheckSimulation");
    assertThat(root.resolve("site/assets/chart.umd.min.js")).exists();
    assertThat(root.resolve("keep/runs.json")).exists();
  }

  @Test
  void aRootThatDoesNotExistIsRefusedWithExitCodeTwoAndNotCreated() {
    // given
    Path missing = root.resolve("no-such-project");
    StringWriter err = new StringWriter();
    // when
    int exit =
        command(new StringWriter())
            .setErr(new PrintWriter(err, true))
            .execute("--root", missing.toString());
    // then
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--root " + missing + " is not a directory");
    assertThat(missing).doesNotExist();
  }

  @Test
  void anUnreadableHistoryIsOneLineOnStderrAndExitCodeOne() throws Exception {
    // given
    new FixtureProject(root).withFile(root.resolve("reports/history/runs.json"), "{\"runs\": [");
    StringWriter err = new StringWriter();

    // when
    int exit =
        command(new StringWriter())
            .setErr(new PrintWriter(err, true))
            .execute("--root", root.toString());

    // then
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("mq-reports: ")
        .contains("runs.json", "fix or delete it")
        .hasLineCount(1);
    assertThat(root.resolve("reports/index.html")).doesNotExist();
  }

  private static CommandLine command(StringWriter out) {
    return ReportIndexMain.commandLine().setOut(new PrintWriter(out, true));
  }
}
