package io.mqharness.conformance.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;

/**
 * What one run of the transactional example flow ({@link TransactionalFlow}) saw, whatever the
 * client.
 *
 * @param sdk the client's name ({@code java-sdk}, {@code node-sdk}, ...)
 * @param received the property {@code a} of every message the consumer got, in order (repeats
 *     included)
 * @param acked the {@code a} of every message whose ack succeeded
 * @param checks per {@code a}, the ConsumedTimes of each half-message pop the checker got
 * @param decisions per {@code a}, {@code commit} or {@code rollback} once the SDK call succeeded
 * @param errors anything unexpected: exceptions other than MessageNotExist, failed commits,
 *     rollbacks or acks
 * @param notFound how many half pops ({@code halfPop}) and consumes ({@code consume}) found no
 *     message
 * @param timedOut true when the flow's deadline passed before the checker and the consumer were
 *     done
 * @param elapsedMs how long the flow took, ms
 * @param fatal set (and nothing else) when the flow itself failed, e.g. publishing threw
 */
record TransactionalFlowOutcome(
    String sdk,
    List<String> received,
    List<String> acked,
    Map<String, List<Integer>> checks,
    Map<String, String> decisions,
    List<String> errors,
    Map<String, Integer> notFound,
    boolean timedOut,
    long elapsedMs,
    String fatal) {

  private static final ObjectMapper JSON = new ObjectMapper();

  String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The pass criteria of SPEC §6.6: the consumer got a=0, 1 and 2 (each acked) and never 3; a=0 was
   * committed with its publish handle and never checked; a=1 committed and a=3 rolled back at their
   * first check; a=2 committed only at a later check (ConsumedTimes > 1).
   */
  void assertReferenceFlow(String context) {
    assertThat(fatal).as("the flow failed\n%s", context).isNull();
    assertThat(received).as("the outcome has no 'received'\n%s", context).isNotNull();
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(timedOut).as("timed out\n%s", context).isFalse();
    softly.assertThat(errors).as("errors\n%s", context).isEmpty();
    softly
        .assertThat(new TreeSet<>(received))
        .as("distinct messages consumed\n%s", context)
        .containsExactly("0", "1", "2");
    softly.assertThat(received).as("consumed\n%s", context).doesNotContain("3");
    softly.assertThat(acked).as("acked\n%s", context).contains("0", "1", "2");
    softly
        .assertThat(decisions)
        .as("decisions\n%s", context)
        .containsEntry("0", "commit")
        .containsEntry("1", "commit")
        .containsEntry("2", "commit")
        .containsEntry("3", "rollback");
    softly
        .assertThat(checks)
        .as("half-message checks\n%s", context)
        .isNotNull()
        .doesNotContainKey("0");
    softly.assertThat(checks.get("1")).as("checks of a=1\n%s", context).containsExactly(1);
    softly.assertThat(checks.get("3")).as("checks of a=3\n%s", context).containsExactly(1);
    softly
        .assertThat(checks.get("2"))
        .as("checks of a=2 (ConsumedTimes per pop)\n%s", context)
        .hasSizeGreaterThanOrEqualTo(2)
        .startsWith(1, 2)
        .isSorted();
    softly.assertAll();
  }
}
