package io.mqharness.simulations.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mqharness.simulations.harness.HarnessSimulation;
import io.mqharness.simulations.scaleout.InjectorShare;
import io.mqharness.simulations.scaleout.MergeMain;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulator.targeting.TopicKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fields deploy/k8s's recipe relies on, read from its manifests: an Indexed Job of as many
 * injectors as the harness is told, each knowing its index from the completion index and writing
 * where the merge reads, on one ReadWriteMany volume; the environment they set is what the harness
 * reads.
 */
class KubernetesRecipeTest {
  private static final Path RECIPE = Path.of("..", "deploy", "k8s");
  private static final String COMPLETION_INDEX =
      "metadata.annotations['batch.kubernetes.io/job-completion-index']";
  private static final YAMLMapper YAML = new YAMLMapper();

  private final JsonNode injectors = read("injectors-job.yaml");
  private final JsonNode merge = read("merge-job.yaml");
  private final JsonNode volume = read("results-volume.yaml");
  private final JsonNode runConfig = read("run-config.yaml");
  private final JsonNode resultsPod = read("results-pod.yaml");

  @Test
  void theInjectorsAreAnIndexedJobOfAsManyPodsAsTheHarnessIsTold() {
    assertThat(injectors.path("apiVersion").asText()).isEqualTo("batch/v1");
    assertThat(injectors.path("kind").asText()).isEqualTo("Job");
    JsonNode spec = injectors.path("spec");
    assertThat(spec.path("completionMode").asText()).isEqualTo("Indexed");
    assertThat(spec.path("completions").asInt())
        .isPositive()
        .isEqualTo(spec.path("parallelism").asInt());
    assertThat(spec.path("backoffLimit").asInt(-1)).isZero();
    assertThat(spec.path("template").path("spec").path("restartPolicy").asText())
        .isEqualTo("Never");
    assertThat(env(container(injectors)).get("MQ_INJECTORS").path("value").asText())
        .isEqualTo(spec.path("completions").asText());
  }

  @Test
  void eachInjectorsIndexIsItsPodsCompletionIndex() {
    JsonNode index = env(container(injectors)).get("MQ_INJECTOR_INDEX");
    assertThat(index.path("valueFrom").path("fieldRef").path("fieldPath").asText())
        .isEqualTo(COMPLETION_INDEX);
  }

  @Test
  void theEnvironmentOfAnInjectorPodGivesTheHarnessItsShareOfTheRun() {
    // given: the pod of completion index 1, with the ConfigMap's and the Job's values and a key
    // pair
    Map<String, String> environment = new HashMap<>();
    runConfig
        .path("data")
        .fields()
        .forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
    env(container(injectors))
        .forEach(
            (name, variable) -> {
              if (variable.has("value")) {
                environment.put(name, variable.path("value").asText());
              }
            });
    environment.put("MQ_INJECTOR_INDEX", "1");
    environment.put("MQ_TARGET_ACCESS_KEY_ID", "AK");
    environment.put("MQ_TARGET_ACCESS_KEY_SECRET", "SK");
    Set<String> asked = new HashSet<>();
    // when: the harness reads its settings from that environment alone
    HarnessSettings settings =
        HarnessSettings.from(
            name -> null,
            name -> {
              asked.add(name);
              return environment.get(name);
            },
            TopicKind.NORMAL,
            "T_DEFAULT",
            "GID_DEFAULT");
    // then: every MQ_* variable the recipe sets is one the harness reads (a misspelt one would be
    // ignored)
    List<String> unread =
        environment.keySet().stream()
            .filter(name -> name.startsWith("MQ_") && !asked.contains(name))
            .toList();
    assertThat(unread).isEmpty();
    // and: it is injector 1 of the Job's completions, against the configured target, with its share
    // of the load
    int completions = injectors.path("spec").path("completions").asInt();
    assertThat(settings.injectors()).isEqualTo(new InjectorShare(completions, 1));
    assertThat(settings.target().url()).contains(environment.get("MQ_TARGET_URL"));
    assertThat(settings.usersPerSec())
        .isEqualTo(Double.parseDouble(environment.get("MQ_USERS_PER_SEC")) / completions);
  }

  @Test
  void theKeyPairComesFromASecret() {
    Map<String, JsonNode> env = env(container(injectors));
    for (String key : List.of("MQ_TARGET_ACCESS_KEY_ID", "MQ_TARGET_ACCESS_KEY_SECRET")) {
      JsonNode ref = env.get(key).path("valueFrom").path("secretKeyRef");
      assertThat(ref.path("name").asText()).isEqualTo("mq-target");
      assertThat(ref.path("key").asText()).isEqualTo(key);
    }
    assertThat(runConfig.path("data").has("MQ_TARGET_ACCESS_KEY_SECRET")).isFalse();
  }

  @Test
  void eachInjectorWritesItsLogAndItsPartialSummaryToOneFolderOfItsOwnOnTheSharedVolume()
      throws Exception {
    String script = script(container(injectors));
    // Gatling with reports off, the simulation the ConfigMap names
    assertThat(script)
        .contains(
            "io.gatling.app.Gatling",
            "--no-reports",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--simulation \"$SIMULATION\"");
    Class.forName("io.gatling.app.Gatling");
    Class<?> simulation = Class.forName(runConfig.path("data").path("SIMULATION").asText());
    assertThat(HarnessSimulation.class).isAssignableFrom(simulation);
    // Gatling's results folder and the harness's run summaries: the same folder, one per index, on
    // the volume
    assertThat(injectorFolder())
        .isEqualTo(mountPath(injectors) + "/$RUN_ID/injector-$MQ_INJECTOR_INDEX");
    assertThat(script).contains("--results-folder \"$dir\"", "-Dmq.runsDir=\"$dir\"");
    assertThat(runConfig.path("data").has("RUN_ID")).isTrue();
  }

  @Test
  void anInjectorWhoseShareFailsItsAssertionsStillEndsWellForTheMergeToJudge() throws Exception {
    // Gatling's exit status 2 (assertions) ends the pod well, so the Job does not stop the other
    // injectors
    String script = script(container(injectors));
    assertThat(script).contains("[ \"$status\" -eq 0 ] || [ \"$status\" -eq 2 ]");
    assertThat(script.strip()).endsWith("[ \"$status\" -eq 0 ] || [ \"$status\" -eq 2 ]");
    assertThat(syntaxCheck(script)).as("sh -n of\n" + script).isZero();
  }

  @Test
  void theMergeReadsEveryInjectorsFolderFromTheSameVolume() throws Exception {
    assertThat(merge.path("apiVersion").asText()).isEqualTo("batch/v1");
    assertThat(merge.path("kind").asText()).isEqualTo("Job");
    String script = script(container(merge));
    assertThat(script).contains(MergeMain.class.getName());
    assertThat(script).contains(" " + injectorFolder().replace("$MQ_INJECTOR_INDEX", "*"));
    assertThat(mountPath(merge)).isEqualTo(mountPath(injectors));
    assertThat(syntaxCheck(script)).as("sh -n of\n" + script).isZero();
  }

  @Test
  void everyPodMountsOneReadWriteManyClaim() {
    assertThat(volume.path("kind").asText()).isEqualTo("PersistentVolumeClaim");
    assertThat(volume.path("spec").path("accessModes"))
        .extracting(JsonNode::asText)
        .contains("ReadWriteMany");
    String claim = volume.path("metadata").path("name").asText();
    for (JsonNode podSpec :
        List.of(
            injectors.path("spec").path("template").path("spec"),
            merge.path("spec").path("template").path("spec"),
            resultsPod.path("spec"))) {
      JsonNode mount = podSpec.path("containers").get(0).path("volumeMounts").get(0);
      JsonNode volumeOfMount = null;
      for (JsonNode v : podSpec.path("volumes")) {
        if (v.path("name").asText().equals(mount.path("name").asText())) {
          volumeOfMount = v;
        }
      }
      assertThat(volumeOfMount).as("the volume of mount " + mount).isNotNull();
      assertThat(volumeOfMount.path("persistentVolumeClaim").path("claimName").asText())
          .isEqualTo(claim);
    }
  }

  private static JsonNode read(String file) {
    try {
      return YAML.readTree(RECIPE.resolve(file).toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RECIPE.resolve(file), e);
    }
  }

  private static JsonNode container(JsonNode job) {
    JsonNode containers = job.path("spec").path("template").path("spec").path("containers");
    assertThat(containers.size()).isEqualTo(1);
    return containers.get(0);
  }

  private static Map<String, JsonNode> env(JsonNode container) {
    Map<String, JsonNode> out = new HashMap<>();
    container.path("env").forEach(variable -> out.put(variable.path("name").asText(), variable));
    return out;
  }

  /** The shell script of a container started as {@code sh -c SCRIPT}. */
  private static String script(JsonNode container) {
    List<String> command = new ArrayList<>();
    container.path("command").forEach(part -> command.add(part.asText()));
    container.path("args").forEach(part -> command.add(part.asText()));
    assertThat(command).hasSize(3).startsWith("sh", "-c");
    return command.get(2);
  }

  /** The injector's folder, {@code dir="..."} in its script. */
  private String injectorFolder() {
    Matcher dir =
        Pattern.compile("^dir=\"([^\"]+)\"$", Pattern.MULTILINE)
            .matcher(script(container(injectors)));
    assertThat(dir.find()).as("dir=\"...\" in the injector's script").isTrue();
    return dir.group(1);
  }

  /** The exit status of {@code sh -n}: 0 when the script parses. */
  private static int syntaxCheck(String script) throws IOException, InterruptedException {
    return new ProcessBuilder("sh", "-n", "-c", script).inheritIO().start().waitFor();
  }

  private static String mountPath(JsonNode job) {
    return container(job).path("volumeMounts").get(0).path("mountPath").asText();
  }
}
