package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.observe.GroupSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Groups declared before use (a console subscription) and groups first seen later read alike (SPEC
 * §9 Q1).
 */
class DeclaredGroupTest {

  @Test
  void aDeclaredGroupGetsMessagesThatEveryOtherGroupAlreadyAcked() {
    // given GID_LATE declared, then a message consumed and acked by GID_FIRST
    TestBroker broker = new TestBroker();
    broker.engine.declareGroup(TestBroker.TOPIC, "GID_LATE");
    broker.publish("for both");
    assertThat(broker.ack("GID_FIRST", broker.consume("GID_FIRST"))).isEqualTo(AllAcked.INSTANCE);

    // when the declared group consumes for the first time
    var got = broker.consume("GID_LATE");

    // then the message is still there for it
    assertThat(got).extracting(ConsumedMessage::body).containsExactly("for both");
  }

  @Test
  void anUndeclaredGroupAlsoGetsMessagesThatEveryOtherGroupAlreadyAcked() {
    // given a message consumed and acked by the only group
    TestBroker broker = new TestBroker();
    broker.publish("still retained");
    broker.ack("GID_FIRST", broker.consume("GID_FIRST"));

    // when another group consumes for the first time
    var got = broker.consume("GID_LATE");

    // then the message is still there for it: retention is by time, not by the groups known so far
    assertThat(got).extracting(ConsumedMessage::body).containsExactly("still retained");
  }

  @Test
  void aDeclaredGroupShowsInTheSnapshotBeforeItConsumes() {
    // given
    TestBroker broker = new TestBroker();
    // when
    broker.engine.declareGroup(TestBroker.TOPIC, "GID_DECLARED");
    broker.publish("waiting for it");
    // then
    assertThat(broker.engine.snapshot().instances().get(0).topics().get(0).groups())
        .containsExactly(new GroupSnapshot("GID_DECLARED", 1, 0, 0, 0));
  }
}
