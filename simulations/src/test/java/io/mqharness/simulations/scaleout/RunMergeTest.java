package io.mqharness.simulations.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.simulations.harness.RunSummarySchema;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Fate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The merge of hand-made partial summaries: what the whole run counts that no injector could on its
 * own.
 */
class RunMergeTest {
  private static final String TARGET = "http://127.0.0.1:18900";

  @Test
  void aMessagePublishedByOneInjectorAndConsumedByTheOtherIsDelivered() {
    // given: injector 0 published A and B, and consumed B; injector 1 published nothing of its own
    // and consumed A
    MessageLedger zero = new MessageLedger();
    zero.published("A", "normal", Fate.EXPECTED);
    zero.published("B", "tagged", Fate.EXPECTED);
    zero.delivered("B");
    MessageLedger one = new MessageLedger();
    one.delivered("A");
    // when
    MergedRun run =
        RunMerge.merge(
            List.of(
                history(0, zero, new LatencyRecorder()), history(1, one, new LatencyRecorder())));
    // then: nothing lost, one delivery crossed injectors, the run passes
    assertThat(run.summary().metrics())
        .containsEntry("published", 2L)
        .containsEntry("delivered", 2L)
        .containsEntry("lost", 0)
        .containsEntry("unexpected", 0)
        .containsEntry("deliveredByAnotherInjector", 1L);
    assertThat(run.summary().passed()).isTrue();
    assertThat(run.summary().problems()).isEmpty();
  }

  @Test
  void aMessagePublishedAndDeliveredByNeitherInjectorIsLost() {
    // given: injector 0 published A and C; A was consumed by injector 1, C by nobody
    MessageLedger zero = new MessageLedger();
    zero.published("A", "normal", Fate.EXPECTED);
    zero.published("C", "normal", Fate.EXPECTED);
    MessageLedger one = new MessageLedger();
    one.delivered("A");
    // when
    MergedRun run =
        RunMerge.merge(
            List.of(
                history(0, zero, new LatencyRecorder()), history(1, one, new LatencyRecorder())));
    // then
    assertThat(run.summary().metrics()).containsEntry("lost", 1).containsEntry("delivered", 1L);
    assertThat(run.summary().passed()).isFalse();
    assertThat(run.summary().problems())
        .singleElement()
        .asString()
        .contains("1 message(s) published and never delivered (lost)", "C");
  }

  @Test
  void aRolledBackMessageDeliveredToAnotherInjectorFailsTheRun() {
    MessageLedger zero = new MessageLedger();
    zero.published("R", "transactional", Fate.ROLLED_BACK);
    MessageLedger one = new MessageLedger();
    one.delivered("R");
    MergedRun run =
        RunMerge.merge(
            List.of(
                history(0, zero, new LatencyRecorder()), history(1, one, new LatencyRecorder())));
    assertThat(run.summary().metrics()).containsEntry("rolledBackDelivered", 1);
    assertThat(run.summary().passed()).isFalse();
  }

  @Test
  void aMessageDeliveredOnceToEachInjectorIsDuplicatedNotLost() {
    MessageLedger zero = new MessageLedger();
    zero.published("A", "normal", Fate.EXPECTED);
    zero.delivered("A");
    MessageLedger one = new MessageLedger();
    one.delivered("A");
    MergedRun run =
        RunMerge.merge(
            List.of(
                history(0, zero, new LatencyRecorder()), history(1, one, new LatencyRecorder())));
    assertThat(run.summary().metrics()).containsEntry("duplicated", 1).containsEntry("lost", 0);
    assertThat(run.summary().passed()).isTrue();
  }

  @Test
  void endToEndPercentilesAreThoseOfEveryInjectorsLatenciesTogether() {
    // given: injector 0 saw 99 deliveries at 10 ms, injector 1 one at 1000 ms
    LatencyRecorder fast = new LatencyRecorder();
    LongStream.range(0, 99).forEach(i -> fast.record(10));
    LatencyRecorder slow = new LatencyRecorder();
    slow.record(1000);
    // when
    MergedRun run =
        RunMerge.merge(
            List.of(history(0, new MessageLedger(), fast), history(1, new MessageLedger(), slow)));
    // then: the whole run's p50 is the fast one, its max the slow one, over 100 samples
    assertThat(run.summary().metrics())
        .containsEntry("e2e.p50Ms", 10L)
        .containsEntry("e2e.samples", 100L);
    assertThat(run.summary().metrics().get("e2e.maxMs").longValue()).isBetween(999L, 1001L);
  }

  @Test
  void countersAddUpAndRatesAreOverTheWholeRun() {
    // given: two publish injectors of 10 s each, the second starting 10 s after the first
    InjectorPart zero =
        counting(0, Map.of("published", 500L), "2026-11-25T10:00:00Z", "2026-11-25T10:00:10Z");
    InjectorPart one =
        counting(1, Map.of("published", 300L), "2026-11-25T10:00:10Z", "2026-11-25T10:00:20Z");
    // when
    MergedRun run = RunMerge.merge(List.of(one, zero));
    // then: 800 over the 20 s from the first start to the last end
    assertThat(run.summary().metrics())
        .containsEntry("published", 800L)
        .containsEntry("publishedPerSecond", 40.0);
    assertThat(run.summary().metrics()).doesNotContainKey("lost");
    assertThat(run.startedAt()).hasToString("2026-11-25T10:00:00Z");
    assertThat(RunSummarySchema.violations(run.json())).isEmpty();
    assertThat(run.json().get("injectors").toString())
        .isEqualTo("{\"count\":2,\"merged\":true,\"parts\":[\"d0\",\"d1\"]}");
  }

  @Test
  void injectorsThatDidNotRunAtOnceAreSaidSoWithoutFailingTheRun() {
    InjectorPart zero =
        counting(0, Map.of("published", 5L), "2026-11-25T10:00:00Z", "2026-11-25T10:00:10Z");
    InjectorPart one =
        counting(1, Map.of("published", 5L), "2026-11-25T10:01:00Z", "2026-11-25T10:01:10Z");
    MergedRun run = RunMerge.merge(List.of(zero, one));
    assertThat(run.summary().problems())
        .singleElement()
        .asString()
        .startsWith("the injectors did not all run at once (one started 60 s");
    assertThat(run.summary().passed()).isTrue();
  }

  @Test
  void aMissingInjectorIsRefusedRatherThanCountingItsMessagesAsLost() {
    InjectorPart zero = history(0, new MessageLedger(), new LatencyRecorder());
    assertThatThrownBy(() -> RunMerge.merge(List.of(zero)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "the run had 2 injectors (0..1), the folders given hold injectors [0]");
    assertThatThrownBy(
            () ->
                RunMerge.merge(
                    List.of(zero, history(0, new MessageLedger(), new LatencyRecorder()))))
        .hasMessageContaining("give every injector's folder once");
  }

  @Test
  void anInjectorsOwnProblemsAreKeptWithItsIndex() {
    InjectorPart zero =
        counting(0, Map.of("published", 5L), "2026-11-25T10:00:00Z", "2026-11-25T10:00:10Z");
    InjectorPart one =
        counting(1, Map.of("published", 5L), "2026-11-25T10:00:00Z", "2026-11-25T10:00:10Z");
    ((ObjectNode) one.summary()).putArray("problems").add("the request cap stopped it");
    MergedRun run = RunMerge.merge(List.of(zero, one));
    assertThat(run.summary().problems()).containsExactly("injector 1: the request cap stopped it");
  }

  private static InjectorPart history(int index, MessageLedger ledger, LatencyRecorder latency) {
    return part(
        index, PartialRun.history(ledger, latency), "2026-11-25T10:00:00Z", "2026-11-25T10:00:10Z");
  }

  private static InjectorPart counting(
      int index, Map<String, Long> counters, String started, String ended) {
    PartialRun partial = new PartialRun(counters, null, null, null, 0);
    InjectorPart part = part(index, partial, started, ended);
    ((ObjectNode) part.summary().get("metrics")).put("publishedPerSecond", 50.0);
    return part;
  }

  private static InjectorPart part(int index, PartialRun partial, String started, String ended) {
    ObjectNode summary =
        PartialSummary.JSON
            .createObjectNode()
            .put("simulation", "EndToEndSimulation")
            .put("startedAt", started)
            .put("endedAt", ended)
            .put("target", TARGET)
            .put("passed", true);
    summary.putObject("parameters").put("model", "open, 25.0 users/s after a 2 s ramp");
    summary.putObject("metrics");
    summary.putArray("problems");
    summary.putObject(PartialSummary.INJECTORS).put("count", 2).put("index", index);
    summary.set(PartialSummary.PARTIAL, PartialSummary.JSON.valueToTree(partial));
    return new InjectorPart(
        Path.of("d" + index), null, null, new InjectorShare(2, index), summary, partial);
  }
}
