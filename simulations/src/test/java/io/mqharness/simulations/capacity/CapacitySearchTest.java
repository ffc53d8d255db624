package io.mqharness.simulations.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A search fed with publishes of a run that began 10 s ago (its steps of 1 s are all over), then
 * finished: no test waits for a step.
 */
class CapacitySearchTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long START = System.nanoTime() - 10 * SECOND;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private Optional<String> cap = Optional.empty();

  private CapacitySearch search(Variant variant) {
    CapacitySettings settings =
        new CapacitySettings(
            variant,
            StepPlan.of(100, 0, 2, 400, Duration.ofSeconds(1)),
            new Objective(500, 1.0, 0.95, variant == Variant.END_TO_END ? 1000 : null),
            Optional.empty());
    return new CapacitySearch(
        settings, new PrintStream(console, true, StandardCharsets.UTF_8), () -> cap);
  }

  /**
   * {@code count} publishes spread over the first half of {@code step}, each answered {@code
   * millis} ms later.
   */
  private static void publish(CapacitySearch search, int step, int count, long millis, boolean ok) {
    IntStream.range(0, count)
        .forEach(
            i -> {
              long at = START + step * SECOND + i * (SECOND / 2) / count;
              int index = search.publishing(at);
              search.answered(index, at, at + millis * 1_000_000, ok);
            });
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSearchStopsAtTheFirstBrokenStepAndTheCapacityIsTheHighestThatHeld() {
    // given: 100/s and 200/s answered in 5 ms; at 400/s, 10 of the step's publishes take 900 ms
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 100, 5, true);
    publish(search, 1, 200, 5, true);
    publish(search, 2, 390, 5, true);
    publish(search, 2, 10, 900, true);
    // when
    search.finish();
    // then
    assertThat(search.steps()).extracting(StepFigures::held).containsExactly(true, true, false);
    assertThat(search.steps().get(1))
        .satisfies(
            step -> {
              assertThat(step.index()).isEqualTo(2);
              assertThat(step.offeredPerSecond()).isEqualTo(200);
              assertThat(step.achievedPerSecond()).isEqualTo(200);
              assertThat(step.requests()).isEqualTo(200);
              assertThat(step.p99Ms()).isEqualTo(5);
              assertThat(step.consumedPerSecond()).isNull();
            });
    CapacityFigures result = search.result();
    assertThat(result.variant()).isEqualTo("publish");
    assertThat(result.publishesPerSecond()).isEqualTo(200);
    assertThat(result.offeredPerSecond()).isEqualTo(200);
    assertThat(result.endToEndPerSecond()).isNull();
    assertThat(result.stoppedAtStep()).isEqualTo(3);
    assertThat(result.stopReason()).isEqualTo("p99 900 ms > 500 ms");
    assertThat(search.stopReason()).isEqualTo("step 3 broke the objective: p99 900 ms > 500 ms");
    assertThat(result.lines())
        .containsExactly(
            "== capacity: 200 publishes/s at p99 <= 500 ms",
            "   the highest step that held offered 200/s; its p99 was 5 ms",
            "   stopped at step 3: p99 900 ms > 500 ms");
    assertThat(console())
        .contains(
            "step 1   offered 100/s  achieved 100/s  p50 5 ms  p99 5 ms  errors 0 (0 %)  held",
            "step 3   offered 400/s", "BROKE: p99 900 ms > 500 ms");
  }

  @Test
  void whenEveryStepHoldsTheSearchReachedTheMaximumRate() {
    // given
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 100, 5, true);
    publish(search, 1, 200, 5, true);
    publish(search, 2, 400, 5, true);
    // when
    search.finish();
    // then
    CapacityFigures result = search.result();
    assertThat(result.publishesPerSecond()).isEqualTo(400);
    assertThat(result.stoppedAtStep()).isNull();
    assertThat(result.stopReason()).isEqualTo("reached the maximum rate 400/s");
    assertThat(result.lines()).last().isEqualTo("   stopped: reached the maximum rate 400/s");
    assertThat(search.stopped()).isFalse();
  }

  @Test
  void whenTheFirstStepBreaksTheCapacityIsZero() {
    // given: 5 % of the first step's publishes fail
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 95, 5, true);
    publish(search, 0, 5, 5, false);
    // when
    search.finish();
    // then
    assertThat(search.steps())
        .singleElement()
        .satisfies(step -> assertThat(step.reason()).isEqualTo("errors 5.0 % > 1 %"));
    assertThat(search.result().publishesPerSecond()).isZero();
    assertThat(search.result().stoppedAtStep()).isEqualTo(1);
  }

  @Test
  void aPublishStillUnansweredCountsAsLateAsItIsWhenTheStepIsJudged() {
    // given: 10 of the first step's 100 publishes never answered
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 90, 5, true);
    IntStream.range(0, 10).forEach(i -> search.publishing(START + SECOND / 2));
    // when: judged 9 s after the step ended
    search.finish();
    // then
    StepFigures step = search.steps().get(0);
    assertThat(step.held()).isFalse();
    assertThat(step.requests()).isEqualTo(100);
    assertThat(step.p99Ms()).isGreaterThanOrEqualTo(8_000);
    assertThat(step.reason()).startsWith("p99 ");
  }

  @Test
  void aStepTheLoadGeneratorCouldNotOfferSaysSo() {
    // given: the second step (200/s for 1 s) started only 150 publishes, all answered at once
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 100, 5, true);
    publish(search, 1, 150, 5, true);
    publish(search, 2, 400, 5, true);
    // when
    search.finish();
    // then
    assertThat(search.steps().get(1).reason())
        .isEqualTo(
            "achieved 150/s < 95% of 200/s (the load generator started only 150 of 200 publishes: it may be the bottleneck)");
  }

  @Test
  void aStepTheRequestCapCutShortIsListedAsSuchAndEndsTheSearch() {
    // given: the cap is reached during the second step; the third never publishes
    CapacitySearch search = search(Variant.PUBLISH);
    publish(search, 0, 100, 5, true);
    publish(search, 1, 50, 5, true);
    cap = Optional.of("the request cap of 150 requests was reached");
    // when
    search.finish();
    // then
    assertThat(search.steps())
        .extracting(StepFigures::reason)
        .containsExactly(null, "cut short: the request cap of 150 requests was reached");
    assertThat(search.result().publishesPerSecond()).isEqualTo(100);
    assertThat(search.result().stoppedAtStep()).isEqualTo(2);
  }

  @Test
  void endToEndStepsCarryTheConsumersFiguresAndBreakWhenTheyFallBehind() {
    // given: two steps; the first consumed as it was published; in the second, consumers took 100
    // of 200
    CapacitySettings settings =
        new CapacitySettings(
            Variant.END_TO_END,
            StepPlan.of(100, 0, 2, 200, Duration.ofSeconds(1)),
            new Objective(500, 1.0, 0.95, 1000),
            Optional.empty());
    CapacitySearch search =
        new CapacitySearch(
            settings, new PrintStream(console, true, StandardCharsets.UTF_8), () -> cap);
    publish(search, 0, 100, 5, true);
    search.consumed(
        100, IntStream.range(0, 100).mapToLong(i -> 20).toArray(), START + SECOND * 9 / 10);
    publish(search, 1, 200, 5, true);
    search.consumed(
        100, IntStream.range(0, 100).mapToLong(i -> 300).toArray(), START + SECOND * 19 / 10);
    // when
    search.finish();
    // then: the lag is what was published and not consumed when each step was judged (here, at the
    // end)
    assertThat(search.steps().get(0))
        .satisfies(
            step -> {
              assertThat(step.consumedPerSecond()).isEqualTo(100);
              assertThat(step.e2eP50Ms()).isEqualTo(20);
              assertThat(step.lag()).isEqualTo(100);
            });
    assertThat(search.steps().get(1).consumedPerSecond()).isEqualTo(100);
    assertThat(search.result().variant()).isEqualTo("endToEnd");
    assertThat(search.result().endToEndPerSecond()).isEqualTo(100);
    assertThat(console()).contains("consumed 100/s  lag 100  e2e p50 20 ms  p99 20 ms");
  }

  @Test
  void endToEndLagOverItsBoundBreaksTheStep() {
    // given: 1200 published in the first step's time at 1200/s-equivalent, none consumed
    CapacitySettings settings =
        new CapacitySettings(
            Variant.END_TO_END,
            StepPlan.of(1200, 0, 2, 1200, Duration.ofSeconds(1)),
            new Objective(500, 1.0, 0.95, 1000),
            Optional.empty());
    CapacitySearch search =
        new CapacitySearch(
            settings, new PrintStream(console, true, StandardCharsets.UTF_8), () -> cap);
    publish(search, 0, 1200, 5, true);
    // when
    search.finish();
    // then
    assertThat(search.steps().get(0).reason()).isEqualTo("lag 1200 messages > 1000");
    assertThat(search.result().endToEndPerSecond()).isZero();
  }

  /**
   * One step of 100/s for 10 s that began 9 s ago, with {@code count} publishes spread over 9 s.
   */
  private CapacitySearch oneStepUnderWay(int count) {
    CapacitySettings settings =
        new CapacitySettings(
            Variant.PUBLISH,
            StepPlan.of(100, 0, 2, 100, Duration.ofSeconds(10)),
            new Objective(500, 1.0, 0.95, null),
            Optional.empty());
    CapacitySearch search =
        new CapacitySearch(
            settings, new PrintStream(console, true, StandardCharsets.UTF_8), () -> cap);
    long start = System.nanoTime() - 9 * SECOND;
    IntStream.range(0, count)
        .forEach(
            i -> {
              long at = start + i * (9 * SECOND) / count;
              search.answered(search.publishing(at), at, at + 5_000_000, true);
            });
    return search;
  }

  @Test
  void aLastStepWhosePublishesAllStartedIsJudgedEvenWhenTheRunEndsBeforeItsTimeByTheFirstPublish() {
    // given: a cold start delayed the first publish, so the step's 1000 publishes all started
    // within 9 s of it
    CapacitySearch search = oneStepUnderWay(1000);
    // when: Gatling ends the run after the last publish, before 10 s from the first one
    search.finish();
    // then: the step ran in full and is judged by the objective
    assertThat(search.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.held()).isTrue();
              assertThat(step.reason()).isNull();
            });
    assertThat(search.result().publishesPerSecond()).isPositive();
  }

  @Test
  void aLastStepTheRunEndedHalfwayIsStillCutShort() {
    // given: only half of the step's publishes started (mq.maxDurationSeconds ended the run)
    CapacitySearch search = oneStepUnderWay(500);
    // when
    search.finish();
    // then
    assertThat(search.steps())
        .singleElement()
        .satisfies(
            step ->
                assertThat(step.reason())
                    .isEqualTo(
                        "cut short: the run ended before the step did (mq.maxDurationSeconds)"));
    assertThat(search.result().publishesPerSecond()).isZero();
  }
}
