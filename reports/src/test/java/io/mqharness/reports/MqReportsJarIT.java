package io.mqharness.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as the harness's main job runs it: {@code java -jar
 * reports/target/mq-reports.jar --root .}.
 */
class MqReportsJarIT {

  @TempDir Path root;

  @Test
  void theRunnableJarWritesTheIndexWithChartJsBesideIt() throws Exception {
    // given
    new FixtureProject(root).withRun(FixtureProject.PUBLISH_1).withConformance();
    Path jar =
        Path.of(System.getProperty("mq.reports.jar", "target/mq-reports.jar")).toAbsolutePath();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    // when
    Process process =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--root", ".")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.trim()).isEqualTo(Path.of("reports", "index.html").toString());
    assertThat(root.resolve("reports/index.html"))
        .content()
        .contains("PublishSimulation", "Allure report");
    assertThat(root.resolve("reports/assets/chart.umd.min.js")).exists();
  }
}
