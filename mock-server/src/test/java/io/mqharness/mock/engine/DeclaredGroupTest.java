package io.mqharness.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group declared before use (a console subscription) keeps what other groups ack (SPEC §9 Q1). */
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
    assertThat(got).extracting(Delivery::body).containsExactly("for both");
  }

  @Test
  void anUndeclaredGroupStartsFromWhatIsStillRetained() {
    // given a message consumed and acked by the only group
    TestBroker broker = new TestBroker();
    broker.publish("gone");
    broker.ack("GID_FIRST", broker.consume("GID_FIRST"));

    // when another group consumes for the first time, then nothing is left for it
    assertThat(broker.consume("GID_LATE")).isEmpty();
  }
}
