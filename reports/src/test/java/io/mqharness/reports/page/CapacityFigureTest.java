package io.mqharness.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.reports.summary.Capacity;
import io.mqharness.reports.summary.CapacityObjective;
import io.mqharness.reports.summary.CapacityStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityFigureTest {

  private static final CapacityObjective OBJECTIVE = new CapacityObjective(500.0, 1.0, 0.95, null);

  @Test
  void theCapacityIsTheAchievedRateAtTheObjectivesP99() {
    Capacity capacity =
        new Capacity("publish", 893.5, null, 900.0, 87.0, OBJECTIVE, 3, "p99 612 ms > 500 ms");

    assertThat(
            CapacityFigure.headline(capacity, List.of(held(1, 300), held(2, 900), broke(3, 1050))))
        .isEqualTo("893.5 publishes/s at p99 ≤ 500 ms");
  }

  @Test
  void theEndToEndVariantAddsItsConsumedRate() {
    Capacity capacity =
        new Capacity(
            "endToEnd",
            597.8,
            590.2,
            600.0,
            31.0,
            new CapacityObjective(500.0, 1.0, 0.95, 1000L),
            4,
            "lag 4210 messages > 1000");

    assertThat(CapacityFigure.headline(capacity, List.of(held(1, 600))))
        .isEqualTo("597.8 publishes/s at p99 ≤ 500 ms, 590.2 messages/s end to end");
    assertThat(CapacityFigure.objective(capacity.objective()))
        .isEqualTo("p99 ≤ 500 ms, errors ≤ 1 %, achieved ≥ 95 % of offered, lag ≤ 1000 messages");
  }

  @Test
  void whenTheFirstStepBrokeTheCapacityIsBelowItsRate() {
    // given a search whose first step, at 300/s, already broke the objective
    Capacity capacity =
        new Capacity("publish", 0.0, null, null, null, OBJECTIVE, 1, "errors 12 % > 1 %");
    List<CapacityStep> steps = List.of(broke(1, 300));

    // then
    assertThat(CapacityFigure.headline(capacity, steps))
        .isEqualTo("under 300 publishes/s at p99 ≤ 500 ms: the first step broke");
    assertThat(CapacityFigure.stop(capacity, steps))
        .isEqualTo("Stopped at step 1 (300/s offered): errors 12 % > 1 %.");
    assertThat(CapacityFigure.capacityStep(steps)).isEmpty();
  }

  @Test
  void withoutAnObjectiveTheStepsOwnP99IsTheBound() {
    Capacity capacity =
        new Capacity(
            "publish", 498.9, null, 500.0, 14.0, null, null, "reached the maximum rate 500/s");

    assertThat(CapacityFigure.headline(capacity, List.of(held(1, 500))))
        .isEqualTo("498.9 publishes/s at p99 ≤ 14 ms");
    assertThat(CapacityFigure.objective(null)).isEqualTo("not given in the summary");
    assertThat(CapacityFigure.stop(capacity, List.of(held(1, 500))))
        .isEqualTo("Every step held: reached the maximum rate 500/s.");
  }

  @Test
  void theCapacityStepIsTheLastThatHeldBeforeTheFirstThatBroke() {
    // given a step that held again after one broke (the search should have stopped; the page must
    // not pick it)
    List<CapacityStep> steps = List.of(held(1, 100), held(2, 200), broke(3, 300), held(4, 400));

    assertThat(CapacityFigure.capacityStep(steps))
        .get()
        .extracting(CapacityStep::index)
        .isEqualTo(2);
  }

  private static CapacityStep held(int index, double offered) {
    return step(index, offered, true, null);
  }

  private static CapacityStep broke(int index, double offered) {
    return step(index, offered, false, "broke");
  }

  private static CapacityStep step(int index, double offered, boolean held, String reason) {
    return new CapacityStep(
        index,
        offered,
        offered * 0.99,
        100L,
        0L,
        0.0,
        2.0,
        9.0,
        null,
        null,
        null,
        null,
        held,
        reason);
  }
}
