package io.mqharness.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.TopicRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line of the standalone simulator, as a user types it. */
class SimulatorMainTest {

  private static SimulatorOptions parse(String... args) throws Exception {
    SimulatorMain main = new SimulatorMain();
    new CommandLine(main).parseArgs(args);
    return main.options();
  }

  @Test
  void withoutOptionsItListensOnLoopback8080WithTheDefaultPair() throws Exception {
    SimulatorOptions options = parse();

    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(options.credentials()).containsExactly(Map.entry("harness-ak", "harness-sk"));
    assertThat(options.engine().strictTopics()).isFalse();
    assertThat(options.journalEntries()).isEqualTo(1_000);
    assertThat(options.containerThreads()).isEqualTo(64);
    assertThat(options.maxClockSkew()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void thePlantedLeakIsAHiddenOptionOffByDefault() {
    SimulatorMain main = new SimulatorMain();
    CommandLine line = new CommandLine(main);
    assertThat(main.leakRequests).isFalse();
    assertThat(line.getUsageMessage()).doesNotContain("leak");

    line.parseArgs("--debug-leak-requests");

    assertThat(main.leakRequests).isTrue();
  }

  @Test
  void theDateCheckTakesADurationAndZeroTurnsItOff() throws Exception {
    assertThat(parse("--max-clock-skew", "0").maxClockSkew()).isZero();
    assertThat(parse("--max-clock-skew", "5m").maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
    assertThat(parse("--max-clock-skew", "90s").maxClockSkew()).isEqualTo(Duration.ofSeconds(90));
    assertThat(parse("--max-clock-skew", "PT1H").maxClockSkew()).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> parse("--max-clock-skew", "15"))
        .isInstanceOf(CommandLine.ParameterException.class);
    assertThatThrownBy(() -> parse("--max-clock-skew", "soon"))
        .isInstanceOf(CommandLine.ParameterException.class);
    assertThatThrownBy(() -> parse("--max-clock-skew", "-PT1M"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }

  @Test
  void retentionMustBeLongerThanZero() {
    assertThatThrownBy(() -> parse("--retention", "0"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--retention");
  }

  @Test
  void repeatedCredentialsStrictTopicsAndTimeScaleAreTakenAsGiven() throws Exception {
    SimulatorOptions options =
        parse(
            "--port",
            "0",
            "--credentials",
            "AK:SK",
            "--credentials",
            "AK2:S:K2",
            "--strict",
            "--topic",
            "I1/T1",
            "--topic",
            "T2",
            "--time-scale",
            "10",
            "--max-messages",
            "500");

    assertThat(options.port()).isZero();
    assertThat(options.credentials()).containsOnly(Map.entry("AK", "SK"), Map.entry("AK2", "S:K2"));
    assertThat(options.topics()).containsExactly(new TopicRef("I1", "T1"), new TopicRef("", "T2"));
    assertThat(options.engine().strictTopics()).isTrue();
    assertThat(options.engine().timeScale()).isEqualTo(10.0);
    assertThat(options.engine().maxStoredMessages()).isEqualTo(500);
  }

  @Test
  void aConfigFileGivesCredentialsTopicsAndSettings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sim.json");
    Files.writeString(
        file,
        """
        {"credentials": {"CFG_AK": "CFG_SK"}, "topics": [{"instanceId": "I9", "topic": "TT"}],
         "strict": true, "timeScale": 5, "maxStoredMessages": 1000}
        """);

    SimulatorOptions options = parse("--config", file.toString(), "--credentials", "AK:SK");

    assertThat(options.credentials())
        .containsOnly(Map.entry("CFG_AK", "CFG_SK"), Map.entry("AK", "SK"));
    assertThat(options.topics()).containsExactly(new TopicRef("I9", "TT"));
    assertThat(options.engine().strictTopics()).isTrue();
    assertThat(options.engine().timeScale()).isEqualTo(5.0);
    assertThat(options.engine().maxStoredMessages()).isEqualTo(1000);
  }

  @Test
  void retentionIsTakenInDaysHoursOrIso8601AndDefaultsToThreeDays(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("sim.json");
    Files.writeString(file, "{\"retention\": \"P1D\"}");

    assertThat(parse().engine().retention()).isEqualTo(Duration.ofDays(3));
    assertThat(parse("--retention", "2h").engine().retention()).isEqualTo(Duration.ofHours(2));
    assertThat(parse("--retention", "PT90M").engine().retention())
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(parse("--config", file.toString()).engine().retention())
        .isEqualTo(Duration.ofDays(1));
    assertThat(parse("--config", file.toString(), "--retention", "45s").engine().retention())
        .isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void aRetentionThatIsNoDurationIsRefusedWithTheAcceptedForms() {
    assertThatThrownBy(() -> parse("--retention", "three days"))
        .hasMessageContaining("3d")
        .hasMessageContaining("P3D");
  }

  @Test
  void malformedCredentialsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> parse("--credentials", "no-colon")).hasMessageContaining("AK:SK");
  }
}
