package io.mqharness.simulations.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulator.targeting.TopicKind;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InjectorShareTest {
  private static final String URL = "http://127.0.0.1:18900";

  private static HarnessSettings settings(
      Map<String, String> properties, Map<String, String> environment) {
    return HarnessSettings.from(
        properties::get, environment::get, TopicKind.NORMAL, "T_DEFAULT", "GID_DEFAULT");
  }

  @Test
  void eachOfTwoInjectorsTakesHalfTheRateTheConsumersAndTheCap() {
    // given: the whole run's load, injector 1 of 2
    Map<String, String> whole =
        Map.of(
            "mq.target.url",
            URL,
            "mq.usersPerSec",
            "50",
            "mq.consumers",
            "4",
            "mq.maxRequests",
            "200000",
            "mq.injectors",
            "2",
            "mq.injectorIndex",
            "1");
    // when
    HarnessSettings settings = settings(whole, Map.of());
    // then
    assertThat(settings.injectors()).isEqualTo(new InjectorShare(2, 1));
    assertThat(settings.usersPerSec()).isEqualTo(25.0);
    assertThat(settings.consumers()).isEqualTo(2);
    assertThat(settings.maxRequests()).isEqualTo(100_000);
    assertThat(settings.describe())
        .containsEntry("model", "open, 25.0 users/s after a 2 s ramp")
        .hasEntrySatisfying("injectors", text -> assertThat(text).startsWith("injector 1 of 2"));
  }

  @Test
  void sharesThatDoNotSplitEvenlyStillAddUpToTheWhole() {
    // given: 3 injectors, 10 closed-model producers and 4 consumers
    int[] users = new int[3];
    int[] consumers = new int[3];
    IntStream.range(0, 3)
        .forEach(
            i -> {
              HarnessSettings settings =
                  settings(
                      Map.of(
                          "mq.target.url",
                          URL,
                          "mq.model",
                          "closed",
                          "mq.users",
                          "10",
                          "mq.consumers",
                          "4",
                          "mq.injectors",
                          "3",
                          "mq.injectorIndex",
                          String.valueOf(i)),
                      Map.of());
              users[i] = settings.concurrentUsers();
              consumers[i] = settings.consumers();
            });
    // then: the first injectors take the remainder
    assertThat(users).containsExactly(4, 3, 3);
    assertThat(consumers).containsExactly(2, 1, 1);
  }

  @Test
  void theInjectorIsReadFromTheEnvironmentAsKubernetesSetsIt() {
    // given: MQ_INJECTORS and MQ_INJECTOR_INDEX, as the Indexed Job of deploy/k8s sets them
    Map<String, String> environment =
        new HashMap<>(Map.of("MQ_TARGET_URL", URL, "MQ_INJECTORS", "2", "MQ_INJECTOR_INDEX", "0"));
    // when
    HarnessSettings settings = settings(Map.of(), environment);
    // then
    assertThat(settings.injectors()).isEqualTo(new InjectorShare(2, 0));
    assertThat(settings.usersPerSec()).isEqualTo(25.0);
  }

  @Test
  void oneInjectorIsTheWholeRunAndMarksNothing() {
    HarnessSettings settings = settings(Map.of(), Map.of());
    assertThat(settings.injectors()).isEqualTo(InjectorShare.WHOLE);
    assertThat(settings.injectors().partial()).isFalse();
    assertThat(settings.injectors().marker()).isEmpty();
    assertThat(settings.describe()).doesNotContainKey("injectors");
    assertThat(settings.usersPerSec()).isEqualTo(50.0);
  }

  @Test
  void fewerConsumersThanInjectorsAreRefusedWithTheirName() {
    assertThatThrownBy(
            () ->
                settings(
                    Map.of("mq.target.url", URL, "mq.consumers", "1", "mq.injectors", "2"),
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mq.consumers=1 cannot be shared by 2 injectors");
  }

  @Test
  void anIndexOutsideTheRunIsRefused() {
    assertThatThrownBy(
            () ->
                settings(
                    Map.of("mq.target.url", URL, "mq.injectors", "2", "mq.injectorIndex", "2"),
                    Map.of()))
        .hasMessageContaining("mq.injectorIndex must be within 0..1");
    assertThatThrownBy(() -> new InjectorShare(0, 0))
        .hasMessageContaining("mq.injectors must be at least 1");
  }

  @Test
  void injectorsWithoutATargetUrlAreRefused() {
    // an embedded simulator each would be N services, not one service loaded by N injectors
    assertThatThrownBy(() -> settings(Map.of("mq.injectors", "2"), Map.of()))
        .hasMessageContaining("mq.injectors > 1 needs mq.target.url");
  }

  @Test
  void eachInjectorMarksItsMessagesWithItsIndex() {
    assertThat(new InjectorShare(2, 0).marker()).isEqualTo("i0");
    assertThat(new InjectorShare(2, 1).marker()).isEqualTo("i1");
  }
}
