package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A publish or ack the engine refuses for its content leaves nothing behind, not even the topic it
 * named (lenient mode creates a topic on first use, but only for a request it takes). Found by
 * {@code WholeRequestFuzzTest}.
 */
class RefusedRequestLeavesNoTopicTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aPublishRefusedForItsPropertiesCreatesNoTopic() {
    // when a timer message beyond the 40-day limit is refused
    PublishOutcome refused =
        broker.tryPublish(
            TestBroker.withProperties(
                "late",
                Map.of(
                    "__STARTDELIVERTIME", Long.toString(broker.now() + 41L * 24 * 3600 * 1000))));

    // then
    assertThat(refused)
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    assertThat(broker.engine.snapshot().instances()).isEmpty();
  }

  @Test
  void anAckRefusedForItsHandleCountCreatesNoTopic() {
    // when an ack names no handle, then one with seventeen
    AckOutcome none = broker.ack("GID_A");
    AckOutcome seventeen =
        broker.ack("GID_A", Collections.nCopies(17, "RH").toArray(String[]::new));

    // then both are refused and no topic exists
    assertThat(List.of(none, seventeen))
        .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Rejected.class));
    assertThat(broker.engine.snapshot().instances()).isEmpty();
  }

  @Test
  void aPublishThatIsTakenStillCreatesItsTopic() {
    broker.publish("hello");

    assertThat(broker.engine.snapshot().instances())
        .singleElement()
        .satisfies(instance -> assertThat(instance.topics()).hasSize(1));
  }
}
