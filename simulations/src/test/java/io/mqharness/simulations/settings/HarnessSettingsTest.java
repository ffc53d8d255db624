package io.mqharness.simulations.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.settings.HarnessSettings.LoadModel;
import io.mqharness.simulator.targeting.TargetOptions;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessSettingsTest {
  private static HarnessSettings of(Map<String, String> values) {
    return HarnessSettings.from(
        values::get, name -> null, TopicKind.NORMAL, "T_DEFAULT", "GID_DEFAULT");
  }

  @Test
  void withNothingSetARunIsShortOpenAndOnTheEmbeddedSimulator() {
    HarnessSettings settings = of(Map.of());
    assertThat(settings.embedded()).isTrue();
    assertThat(settings.model()).isEqualTo(LoadModel.OPEN);
    assertThat(settings.topic()).isEqualTo("T_DEFAULT");
    assertThat(settings.group()).isEqualTo("GID_DEFAULT");
    assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.maxDuration())
        .isEqualTo(Duration.ofSeconds(10 + 5 + 5 + 60)); // + the warm-up
    assertThat(settings.target().credentials())
        .isEqualTo(Credentials.of("harness-ak", "harness-sk"));
    assertThat(settings.instanceId()).isEqualTo("MQ_INST_harness");
  }

  @Test
  void everyParameterCanBeSet() {
    HarnessSettings settings =
        of(
            Map.ofEntries(
                Map.entry("mq.target.url", "http://127.0.0.1:8080"),
                Map.entry("mq.model", "closed"),
                Map.entry("mq.users", "32"),
                Map.entry("mq.durationSeconds", "60"),
                Map.entry("mq.messageSize", "1024"),
                Map.entry("mq.batchSize", "4"),
                Map.entry("mq.waitSeconds", "30"),
                Map.entry("mq.commitRatio", "0.9"),
                Map.entry("mq.maxRequests", "5000"),
                Map.entry("mq.assert.p99Ms", "250"),
                Map.entry("mq.assert.minRps", "100")));
    assertThat(settings.embedded()).isFalse();
    assertThat(settings.model()).isEqualTo(LoadModel.CLOSED);
    assertThat(settings.concurrentUsers()).isEqualTo(32);
    assertThat(settings.messageSize()).isEqualTo(1024);
    assertThat(settings.batchSize()).isEqualTo(4);
    assertThat(settings.waitSeconds()).isEqualTo(30);
    assertThat(settings.commitRatio()).isEqualTo(0.9);
    assertThat(settings.maxRequests()).isEqualTo(5000);
    assertThat(settings.thresholds()).isEqualTo(new HarnessSettings.Thresholds(250, 1.0, 100));
    assertThat(settings.describe())
        .containsEntry("target", "http://127.0.0.1:8080")
        .containsEntry("model", "closed, 32 concurrent users");
  }

  @Test
  void valuesOutsideTheProtocolsRangesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> of(Map.of("mq.batchSize", "17"))).hasMessageContaining("mq.batchSize");
    assertThatThrownBy(() -> of(Map.of("mq.waitSeconds", "31")))
        .hasMessageContaining("mq.waitSeconds");
    assertThatThrownBy(() -> of(Map.of("mq.commitRatio", "1.5")))
        .hasMessageContaining("mq.commitRatio");
    assertThatThrownBy(() -> of(Map.of("mq.users", "many")))
        .hasMessageContaining("mq.users is not a number");
  }

  @Test
  void aSystemPropertyWinsOverItsEnvironmentVariable() {
    // given
    Map<String, String> properties = Map.of("mq.usersPerSec", "75");
    Map<String, String> environment =
        Map.of(
            "MQ_USERS_PER_SEC",
            "10",
            "MQ_TARGET_URL",
            "http://127.0.0.1:9090",
            "MQ_ASSERT_P99_MS",
            "40");
    // when
    HarnessSettings settings =
        HarnessSettings.from(properties::get, environment::get, TopicKind.NORMAL, "T", "GID");
    // then
    assertThat(settings.usersPerSec()).isEqualTo(75);
    assertThat(settings.target().url()).hasValue("http://127.0.0.1:9090");
    assertThat(settings.thresholds().p99Millis()).isEqualTo(40);
  }

  @Test
  void theTopicOfTheSimulationsKindAndThePrimaryGroupComeFromTheTarget() {
    // given a target with a topic of each kind and a primary group
    Map<String, String> environment =
        Map.of(
            "MQ_TARGET_TOPIC_NORMAL",
            "t_normal",
            "MQ_TARGET_TOPIC_TRANSACTIONAL",
            "t_trans",
            "MQ_TARGET_GROUP_PRIMARY",
            "GID_CAPACITY");
    // when
    HarnessSettings publish =
        HarnessSettings.from(name -> null, environment::get, TopicKind.NORMAL, "T_P", "GID_P");
    HarnessSettings check =
        HarnessSettings.from(
            name -> null, environment::get, TopicKind.TRANSACTIONAL, "T_C", "GID_C");
    // then
    assertThat(publish.topic()).isEqualTo("t_normal");
    assertThat(check.topic()).isEqualTo("t_trans");
    assertThat(check.group()).isEqualTo("GID_CAPACITY");
    assertThat(
            HarnessSettings.from(
                    name -> null, name -> null, TopicKind.TRANSACTIONAL, "T_C", "GID_C")
                .topic())
        .isEqualTo("T_C");
  }

  @Test
  void theOldSpellingsOfTheTargetAreNotRead() {
    HarnessSettings settings =
        of(
            Map.of(
                "mq.accessKeyId",
                "old-ak",
                "mq.instanceId",
                "OLD",
                "mq.topic",
                "T_OLD",
                "mq.group",
                "GID_OLD"));
    assertThat(settings.target().accessKeyId()).isEqualTo("harness-ak");
    assertThat(settings.instanceId()).isEqualTo("MQ_INST_harness");
    assertThat(settings.topic()).isEqualTo("T_DEFAULT");
    assertThat(settings.group()).isEqualTo("GID_DEFAULT");
  }

  @Test
  void loadParametersFollowTheSameEnvironmentNamesAsTheTarget() {
    assertThat(TargetOptions.environmentName("mq.usersPerSec")).isEqualTo("MQ_USERS_PER_SEC");
    assertThat(TargetOptions.environmentName("mq.assert.p99Ms")).isEqualTo("MQ_ASSERT_P99_MS");
  }
}
