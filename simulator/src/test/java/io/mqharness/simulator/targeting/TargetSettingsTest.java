package io.mqharness.simulator.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.protocol.sign.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetSettingsTest {
  private static TargetSettings fromEnvironment(Map<String, String> environment) {
    return TargetSettings.read(TargetOptions.of(name -> null, environment::get));
  }

  @Test
  void withNothingGivenTheTargetIsTheEmbeddedSimulatorWithItsDefaultCredentials() {
    TargetSettings settings = fromEnvironment(Map.of());
    assertThat(settings.embedded()).isTrue();
    assertThat(settings.credentials()).isEqualTo(Credentials.of("harness-ak", "harness-sk"));
    assertThat(settings.instanceId()).isEmpty();
    assertThat(settings.topics()).isEmpty();
    assertThat(settings.primaryGroup()).isEmpty();
    assertThat(settings.asRealInstance()).isFalse();
  }

  @Test
  void everyKeyIsRead() {
    // given
    Map<String, String> environment =
        Map.ofEntries(
            Map.entry("MQ_TARGET_URL", "https://123456.mqrest.example"),
            Map.entry("MQ_TARGET_ACCESS_KEY_ID", "ak"),
            Map.entry("MQ_TARGET_ACCESS_KEY_SECRET", "sk"),
            Map.entry("MQ_TARGET_SECURITY_TOKEN", "sts"),
            Map.entry("MQ_TARGET_INSTANCE_ID", "MQ_INST_1"),
            Map.entry("MQ_TARGET_TOPIC_NORMAL", "t_normal"),
            Map.entry("MQ_TARGET_TOPIC_TRANSACTIONAL", "t_trans"),
            Map.entry("MQ_TARGET_TOPIC_ORDERED", "t_ordered"),
            Map.entry("MQ_TARGET_TOPIC_TIMER", "t_timer"),
            Map.entry("MQ_TARGET_GROUP_PRIMARY", "GID_A"),
            Map.entry("MQ_TARGET_GROUP_SECONDARY", "GID_B"),
            Map.entry("MQ_TARGET_AS_REAL_INSTANCE", "TRUE"),
            Map.entry("MQ_TARGET_ADMIN_TOKEN", "adm"));
    // when
    TargetSettings settings = fromEnvironment(environment);
    // then
    assertThat(settings.url()).hasValue("https://123456.mqrest.example");
    assertThat(settings.credentials()).isEqualTo(new Credentials("ak", "sk", "sts"));
    assertThat(settings.instanceId()).hasValue("MQ_INST_1");
    assertThat(settings.topics())
        .isEqualTo(
            Map.of(
                TopicKind.NORMAL,
                "t_normal",
                TopicKind.TRANSACTIONAL,
                "t_trans",
                TopicKind.ORDERED,
                "t_ordered",
                TopicKind.TIMER,
                "t_timer"));
    assertThat(settings.topic(TopicKind.TIMER)).hasValue("t_timer");
    assertThat(settings.primaryGroup()).hasValue("GID_A");
    assertThat(settings.secondaryGroup()).hasValue("GID_B");
    assertThat(settings.asRealInstance()).isTrue();
    assertThat(settings.adminToken()).hasValue("adm");
  }

  @Test
  void anInstanceIdGivenEmptyMeansNoNamespaceNotTheDefault() {
    // given: the variable set, to nothing (an instance without namespace)
    TargetSettings empty = fromEnvironment(Map.of("MQ_TARGET_INSTANCE_ID", ""));
    // and: the property set to nothing wins over a variable that names an instance
    TargetSettings emptyProperty =
        TargetSettings.read(
            TargetOptions.of(
                name -> name.equals("mq.target.instanceId") ? " " : null,
                Map.of("MQ_TARGET_INSTANCE_ID", "MQ_INST_1")::get));
    // then
    assertThat(empty.instanceId()).hasValue("");
    assertThat(emptyProperty.instanceId()).hasValue("");
    assertThat(empty.toString()).contains("instanceId=(none: no ns)");
    // and: every other key given empty still counts as not given
    assertThat(fromEnvironment(Map.of("MQ_TARGET_GROUP_PRIMARY", "")).primaryGroup()).isEmpty();
  }

  @Test
  void asRealInstanceIsTrueOrFalseAndNothingElse() {
    assertThatThrownBy(() -> fromEnvironment(Map.of("MQ_TARGET_AS_REAL_INSTANCE", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mq.target.asRealInstance");
  }

  @Test
  void printedSettingsShowNeitherTheSecretNorTheToken() {
    TargetSettings settings =
        fromEnvironment(
            Map.of(
                "MQ_TARGET_ACCESS_KEY_SECRET",
                "s3cret",
                "MQ_TARGET_SECURITY_TOKEN",
                "t0ken",
                "MQ_TARGET_ADMIN_TOKEN",
                "adm1n"));
    assertThat(settings.toString())
        .contains("harness-ak")
        .doesNotContain("s3cret")
        .doesNotContain("t0ken")
        .doesNotContain("adm1n");
  }
}
