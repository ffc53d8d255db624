package io.mqharness.simulations.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectiveTest {
  private static final Objective PUBLISH = new Objective(500, 1.0, 0.95, null);
  private static final Objective END_TO_END = new Objective(500, 1.0, 0.95, 1000);

  private static StepFigures step(
      double offered, double achieved, long requests, long errors, double p99, Long lag) {
    return new StepFigures(
        3,
        offered,
        achieved,
        requests,
        errors,
        errors * 100.0 / requests,
        2,
        p99,
        lag == null ? null : achieved,
        lag,
        null,
        null,
        false,
        null);
  }

  @Test
  void aStepWithinEveryBoundHolds() {
    // when
    StepFigures judged = PUBLISH.judge(step(500, 499, 2500, 0, 12, null));
    // then
    assertThat(judged.held()).isTrue();
    assertThat(judged.reason()).isNull();
  }

  @Test
  void aSlowTailBreaksTheObjectiveAndSaysBy() {
    // when
    StepFigures judged = PUBLISH.judge(step(500, 499, 2500, 0, 612, null));
    // then
    assertThat(judged.held()).isFalse();
    assertThat(judged.reason()).isEqualTo("p99 612 ms > 500 ms");
  }

  @Test
  void aTargetThatFallsBehindTheOfferedRateBreaksItEvenWhenFast() {
    // when
    StepFigures judged = PUBLISH.judge(step(500, 430, 2500, 0, 12, null));
    // then
    assertThat(judged.held()).isFalse();
    assertThat(judged.reason()).isEqualTo("achieved 430/s < 95% of 500/s");
  }

  @Test
  void errorsOverTheBoundBreakItAndEveryMissIsNamed() {
    // when: 2 % errors and a slow tail
    StepFigures judged = PUBLISH.judge(step(500, 490, 2500, 50, 700, null));
    // then
    assertThat(judged.reason()).isEqualTo("errors 2.0 % > 1 %; p99 700 ms > 500 ms");
  }

  @Test
  void oneErrorBreaksAnObjectiveOfNoErrorsHoweverManyRequestsThereWere() {
    // when: 1 error in a million, which rounds to 0.0 %
    StepFigures judged =
        new Objective(500, 0, 0.95, null).judge(step(500, 500, 1_000_000, 1, 12, null));
    // then
    assertThat(judged.held()).isFalse();
  }

  @Test
  void consumersThatFallBehindBreakTheEndToEndObjectiveOnly() {
    // given: a lag of 1500 messages
    StepFigures lagging = step(500, 499, 2500, 0, 12, 1500L);
    // when / then
    assertThat(END_TO_END.judge(lagging).reason()).isEqualTo("lag 1500 messages > 1000");
    assertThat(PUBLISH.judge(lagging).held()).isTrue();
  }

  @Test
  void anObjectiveOutOfRangeIsRefused() {
    assertThatThrownBy(() -> new Objective(0, 1, 0.95, null)).hasMessageContaining("mq.slo.p99Ms");
    assertThatThrownBy(() -> new Objective(500, 1, 1.5, null))
        .hasMessageContaining("mq.slo.minAchievedRatio");
  }

  @Test
  void itDescribesItself() {
    assertThat(END_TO_END.describe())
        .isEqualTo(
            "p99 <= 500 ms, errors <= 1 %, achieved >= 95% of offered, lag <= 1000 messages");
  }
}
