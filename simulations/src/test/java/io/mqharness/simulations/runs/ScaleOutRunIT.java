package io.mqharness.simulations.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulations.EndToEndSimulation;
import io.mqharness.simulations.scaleout.InjectorPart;
import io.mqharness.simulations.scaleout.ScaleOutMerge;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scaled-out run for real: two injector JVMs of {@code EndToEndSimulation} against one simulator
 * at the same time, reports off, then the merge of their folders into one Gatling report and one
 * run summary.
 */
class ScaleOutRunIT {
  /**
   * The last "> Global | total | OK | KO" line Gatling prints: its own count of a run's requests.
   */
  private static final Pattern GLOBAL =
      Pattern.compile("^> Global\\s*\\|\\s*([\\d,]+)\\s*\\|", Pattern.MULTILINE);

  @TempDir Path work;

  @Test
  void twoInjectorsMergeIntoOneReportAndOneRunWithNothingLost() throws Exception {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0))) {
      // given: injectors 0 and 1 of one run, each with a folder of its own, started together
      List<GatlingProcess.Started> started = new ArrayList<>();
      for (int index = 0; index < 2; index++) {
        Path folder = work.resolve("injector-" + index);
        started.add(
            GatlingProcess.start(
                EndToEndSimulation.class,
                Map.of(
                    "mq.target.url",
                    simulator.baseUrl(),
                    "mq.injectors",
                    "2",
                    "mq.injectorIndex",
                    String.valueOf(index),
                    "mq.usersPerSec",
                    "40",
                    "mq.rampSeconds",
                    "1",
                    "mq.durationSeconds",
                    "4",
                    "mq.drainSeconds",
                    "5",
                    "mq.transactionalShare",
                    "0.3",
                    // about counts, not speed: the machine may be busy with other builds
                    "mq.assert.p99Ms",
                    "60000"),
                folder,
                folder,
                "--no-reports"));
      }
      List<GatlingProcess> injectors = new ArrayList<>();
      for (GatlingProcess.Started injector : started) {
        injectors.add(injector.await());
      }
      // then: each ran its share, wrote no report, and judged nothing of the history by itself
      long gatlingRequests = 0;
      long published = 0;
      long deliveredByInjectors = 0;
      for (GatlingProcess injector : injectors) {
        assertThat(injector.exitStatus()).as(injector.output()).isZero();
        assertThat(injector.output())
            .contains(
                "model          open, 20.0 users/s",
                "'s share only; ./harness merge judges the whole run");
        assertThat(injector.wroteGatlingReport()).isFalse();
        InjectorPart part = InjectorPart.in(injector.resultsDir());
        assertThat(part.summary().path("metrics").has("lost")).isFalse();
        assertThat(part.summary().path("passed").asBoolean()).isTrue();
        published += part.summary().path("metrics").path("published").asLong();
        deliveredByInjectors += part.partial().delivered().size();
        gatlingRequests += lastGlobalCount(injector.output());
      }
      assertThat(published).isPositive();

      // when: the two folders are merged
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      ScaleOutMerge.Outcome merged =
          ScaleOutMerge.merge(
              List.of(work.resolve("injector-0"), work.resolve("injector-1")),
              work.resolve("harness-runs"),
              work.resolve("gatling"),
              System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
              new PrintStream(printed, true, StandardCharsets.UTF_8));

      // then: one run of the published and delivered messages added up, nothing lost
      String output = printed.toString(StandardCharsets.UTF_8);
      assertThat(merged.failures()).as(output).isEmpty();
      Map<String, Number> metrics = merged.run().summary().metrics();
      assertThat(metrics.get("published").longValue()).isEqualTo(published);
      assertThat(metrics.get("delivered").longValue())
          .isEqualTo(deliveredByInjectors)
          .isEqualTo(metrics.get("expected").longValue());
      assertThat(metrics.get("lost").longValue()).isZero();
      assertThat(metrics.get("rolledBackDelivered").longValue()).isZero();
      assertThat(metrics.get("e2e.samples").longValue()).isEqualTo(deliveredByInjectors);
      // and: one Gatling report, made by Gatling of the merged log, of as many requests as the
      // injectors' together
      assertThat(merged.report().index()).isRegularFile();
      assertThat(merged.report().requests()).hasValue(gatlingRequests);
      assertThat(merged.log().requests()).isEqualTo(gatlingRequests);
      assertThat(Files.readString(merged.report().index())).contains("EndToEndSimulation");
      // and: one run summary with the contract's injectors field
      assertThat(Files.readString(merged.summary()))
          .contains("\"count\" : 2", "\"merged\" : true", work.resolve("injector-1").toString());
      assertThat(output).contains("injectors merged", "Gatling report: ", "PASSED");
    }
  }

  private static long lastGlobalCount(String output) {
    Matcher m = GLOBAL.matcher(output);
    long last = -1;
    while (m.find()) {
      last = Long.parseLong(m.group(1).replace(",", ""));
    }
    assertThat(last).as("Gatling's request count in\n" + output).isNotNegative();
    return last;
  }
}
