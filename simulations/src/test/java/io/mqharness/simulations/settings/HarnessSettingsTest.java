package io.mqharness.simulations.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulations.settings.HarnessSettings.LoadModel;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessSettingsTest {
  private static HarnessSettings of(Map<String, String> values) {
    return HarnessSettings.from(values::get, name -> null, "T_DEFAULT", "GID_DEFAULT");
  }

  @Test
  void withNothingSetARunIsShortOpenAndOnTheEmbeddedSimulator() {
    HarnessSettings settings = of(Map.of());
    assertThat(settings.embedded()).isTrue();
    assertThat(settings.model()).isEqualTo(LoadModel.OPEN);
    assertThat(settings.topic()).isEqualTo("T_DEFAULT");
    assertThat(settings.group()).isEqualTo("GID_DEFAULT");
    assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.maxDuration()).isEqualTo(Duration.ofSeconds(10 + 5 + 60));
    assertThat(settings.accessKeyId()).isEqualTo("harness-ak");
  }

  @Test
  void everyParameterCanBeSet() {
    HarnessSettings settings = of(Map.ofEntries(
        Map.entry("mq.target.url", "http://127.0.0.1:8080"), Map.entry("mq.model", "closed"),
        Map.entry("mq.users", "32"), Map.entry("mq.durationSeconds", "60"), Map.entry("mq.messageSize", "1024"),
        Map.entry("mq.batchSize", "4"), Map.entry("mq.waitSeconds", "30"), Map.entry("mq.commitRatio", "0.9"),
        Map.entry("mq.maxRequests", "5000"), Map.entry("mq.assert.p99Ms", "250"), Map.entry("mq.assert.minRps", "100")));
    assertThat(settings.embedded()).isFalse();
    assertThat(settings.model()).isEqualTo(LoadModel.CLOSED);
    assertThat(settings.concurrentUsers()).isEqualTo(32);
    assertThat(settings.messageSize()).isEqualTo(1024);
    assertThat(settings.batchSize()).isEqualTo(4);
    assertThat(settings.waitSeconds()).isEqualTo(30);
    assertThat(settings.commitRatio()).isEqualTo(0.9);
    assertThat(settings.maxRequests()).isEqualTo(5000);
    assertThat(settings.thresholds()).isEqualTo(new HarnessSettings.Thresholds(250, 1.0, 100));
    assertThat(settings.describe()).containsEntry("target", "http://127.0.0.1:8080")
        .containsEntry("model", "closed, 32 concurrent users");
  }

  @Test
  void valuesOutsideTheProtocolsRangesAreRefusedWithTheirName() {
    assertThatThrownBy(() -> of(Map.of("mq.batchSize", "17"))).hasMessageContaining("mq.batchSize");
    assertThatThrownBy(() -> of(Map.of("mq.waitSeconds", "31"))).hasMessageContaining("mq.waitSeconds");
    assertThatThrownBy(() -> of(Map.of("mq.commitRatio", "1.5"))).hasMessageContaining("mq.commitRatio");
    assertThatThrownBy(() -> of(Map.of("mq.users", "many"))).hasMessageContaining("mq.users is not a number");
  }

  @Test
  void aSystemPropertyWinsOverItsEnvironmentVariable() {
    // given
    Map<String, String> properties = Map.of("mq.usersPerSec", "75");
    Map<String, String> environment = Map.of("MQ_USERS_PER_SEC", "10", "MQ_TARGET_URL", "http://127.0.0.1:9090",
        "MQ_ASSERT_P99_MS", "40");
    // when
    HarnessSettings settings = HarnessSettings.from(properties::get, environment::get, "T", "GID");
    // then
    assertThat(settings.usersPerSec()).isEqualTo(75);
    assertThat(settings.targetUrl()).isEqualTo("http://127.0.0.1:9090");
    assertThat(settings.thresholds().p99Millis()).isEqualTo(40);
  }

  @Test
  void environmentNamesFollowThePropertyNames() {
    assertThat(HarnessSettings.environmentName("mq.target.url")).isEqualTo("MQ_TARGET_URL");
    assertThat(HarnessSettings.environmentName("mq.usersPerSec")).isEqualTo("MQ_USERS_PER_SEC");
    assertThat(HarnessSettings.environmentName("mq.assert.p99Ms")).isEqualTo("MQ_ASSERT_P99_MS");
  }
}
