package io.mqharness.simulator.targeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetOptionsTest {
  @TempDir Path dir;

  @Test
  void aPropertyWinsOverItsEnvironmentVariableWhichWinsOverTheFile() throws IOException {
    // given the same three keys in all three places, and one key only in the file
    Path file =
        file(
            "mq.target.url=http://file:1\nmq.target.accessKeyId=file-ak\nmq.target.instanceId=FILE_INST\n"
                + "mq.target.group.primary=GID_FILE\n");
    Map<String, String> properties =
        Map.of("mq.target.url", "http://property:1", "mq.target.config", file.toString());
    Map<String, String> environment =
        Map.of(
            "MQ_TARGET_URL", "http://environment:1", "MQ_TARGET_ACCESS_KEY_ID", "environment-ak");
    // when
    TargetOptions options = TargetOptions.of(properties::get, environment::get);
    // then
    assertThat(options.get(TargetKey.URL)).hasValue("http://property:1");
    assertThat(options.get(TargetKey.ACCESS_KEY_ID)).hasValue("environment-ak");
    assertThat(options.get(TargetKey.INSTANCE_ID)).hasValue("FILE_INST");
    assertThat(options.get(TargetKey.GROUP_PRIMARY)).hasValue("GID_FILE");
    assertThat(options.get(TargetKey.SECURITY_TOKEN)).isEmpty();
  }

  @Test
  void emptyValuesCountAsNotGivenAndValuesAreTrimmed() throws IOException {
    // given an empty property, a blank variable and an empty file entry
    Path file = file("mq.target.accessKeyId=file-ak\nmq.target.instanceId=\n");
    Map<String, String> properties =
        Map.of("mq.target.accessKeyId", "", "mq.target.url", "  http://property:1  ");
    Map<String, String> environment =
        Map.of("MQ_TARGET_ACCESS_KEY_ID", "   ", "MQ_TARGET_CONFIG", file.toString());
    // when
    TargetOptions options = TargetOptions.of(properties::get, environment::get);
    // then
    assertThat(options.get(TargetKey.ACCESS_KEY_ID)).hasValue("file-ak");
    assertThat(options.get(TargetKey.INSTANCE_ID)).isEmpty();
    assertThat(options.get(TargetKey.URL)).hasValue("http://property:1");
    // and: asked to keep empty values, the file's empty entry is given, as "" (an instance without
    // namespace)
    assertThat(options.getKeepingEmpty(TargetKey.INSTANCE_ID)).hasValue("");
    assertThat(options.getKeepingEmpty(TargetKey.ACCESS_KEY_ID)).hasValue("");
    assertThat(options.getKeepingEmpty(TargetKey.URL)).hasValue("http://property:1");
    assertThat(options.getKeepingEmpty(TargetKey.SECURITY_TOKEN)).isEmpty();
  }

  @Test
  void theFileIsNamedByItsEnvironmentVariableToo() throws IOException {
    Path file = file("mq.target.topic.transactional=T_FILE_TRANS\n");
    TargetOptions options =
        TargetOptions.of(name -> null, Map.of("MQ_TARGET_CONFIG", file.toString())::get);
    assertThat(options.get(TargetKey.TOPIC_TRANSACTIONAL)).hasValue("T_FILE_TRANS");
    assertThat(options.get(TargetKey.CONFIG)).hasValue(file.toString());
  }

  @Test
  void everyKeyHasOnePropertyAndOneEnvironmentVariable() {
    assertThat(
            Arrays.stream(TargetKey.values())
                .map(key -> key.property() + " " + key.environmentVariable()))
        .containsExactly(
            "mq.target.url MQ_TARGET_URL",
            "mq.target.accessKeyId MQ_TARGET_ACCESS_KEY_ID",
            "mq.target.accessKeySecret MQ_TARGET_ACCESS_KEY_SECRET",
            "mq.target.securityToken MQ_TARGET_SECURITY_TOKEN",
            "mq.target.instanceId MQ_TARGET_INSTANCE_ID",
            "mq.target.topic.normal MQ_TARGET_TOPIC_NORMAL",
            "mq.target.topic.transactional MQ_TARGET_TOPIC_TRANSACTIONAL",
            "mq.target.topic.ordered MQ_TARGET_TOPIC_ORDERED",
            "mq.target.topic.timer MQ_TARGET_TOPIC_TIMER",
            "mq.target.group.primary MQ_TARGET_GROUP_PRIMARY",
            "mq.target.group.secondary MQ_TARGET_GROUP_SECONDARY",
            "mq.target.adminToken MQ_TARGET_ADMIN_TOKEN",
            "mq.target.asRealInstance MQ_TARGET_AS_REAL_INSTANCE",
            "mq.target.config MQ_TARGET_CONFIG");
    assertThat(TargetOptions.environmentName("mq.assert.p99Ms")).isEqualTo("MQ_ASSERT_P99_MS");
  }

  @Test
  void otherSpellingsAreNotRead() {
    // given the spellings the modules used before mq.target.*
    Map<String, String> properties =
        Map.of("target.url", "http://old:1", "mq.accessKeyId", "old-ak");
    Map<String, String> environment = Map.of("MQ_ACCESS_KEY_ID", "old-ak", "MQ_INSTANCE_ID", "OLD");
    // when
    TargetOptions options = TargetOptions.of(properties::get, environment::get);
    // then
    assertThat(options.get(TargetKey.URL)).isEmpty();
    assertThat(options.get(TargetKey.ACCESS_KEY_ID)).isEmpty();
    assertThat(options.get(TargetKey.INSTANCE_ID)).isEmpty();
  }

  @Test
  void aFileWithAnUnknownKeyIsRefusedWithItsName() throws IOException {
    Path file = file("target.url=http://old:1\n");
    assertThatThrownBy(
            () -> TargetOptions.of(Map.of("mq.target.config", file.toString())::get, name -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown key target.url");
  }

  @Test
  void aFileThatCannotBeReadIsAnError() {
    String missing = dir.resolve("missing.properties").toString();
    assertThatThrownBy(
            () -> TargetOptions.of(Map.of("mq.target.config", missing)::get, name -> null))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing);
  }

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("target.properties"), content);
  }
}
