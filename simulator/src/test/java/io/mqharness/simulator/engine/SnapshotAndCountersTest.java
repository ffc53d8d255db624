package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.engine.observe.GroupSnapshot;
import io.mqharness.simulator.engine.observe.HalfCounts;
import io.mqharness.simulator.engine.observe.TopicSnapshot;
import org.junit.jupiter.api.Test;

/** What the admin API reads: the state snapshot and the cumulative counters. */
class SnapshotAndCountersTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void theSnapshotCountsMessagesByStateAndGroup() {
    // given
    broker.consume("GID_A");
    broker.consume("GID_B");
    broker.publish("m0");
    broker.publish("m1");
    broker.publish(TestBroker.half("h", 10));
    broker.ack("GID_A", broker.consume("GID_A", 1));
    broker.consume("GID_B", 1);
    // when
    TopicSnapshot topic = broker.engine.snapshot().instances().get(0).topics().get(0);
    // then
    assertThat(broker.engine.snapshot().instances().get(0).instanceId()).isEqualTo("MQ_INST_1");
    assertThat(topic.retained()).isEqualTo(2);
    assertThat(topic.half()).isEqualTo(new HalfCounts(1, 0, 0));
    assertThat(topic.groups())
        .containsExactly(
            new GroupSnapshot("GID_A", 1, 0, 1, 0), new GroupSnapshot("GID_B", 1, 1, 0, 0));
  }

  @Test
  void countersAddUpAndResetClearsThem() {
    // given
    broker.publish("m0");
    String handle = broker.publish(TestBroker.half("h", 10)).response().receiptHandle();
    broker.commit("GID_P", handle);
    broker.ack("GID_A", broker.consume("GID_A"));
    // when
    EngineCounters counters = broker.engine.counters();
    // then
    assertThat(counters.published()).isEqualTo(2);
    assertThat(counters.halfPublished()).isEqualTo(1);
    assertThat(counters.committed()).isEqualTo(1);
    assertThat(counters.delivered()).isEqualTo(2);
    assertThat(counters.acked()).isEqualTo(2);
    broker.engine.reset();
    assertThat(broker.engine.counters().published()).isZero();
    assertThat(broker.engine.snapshot().instances()).isEmpty();
  }

  @Test
  void snapshotAndCountersSerialiseToJson() throws Exception {
    // given
    broker.publish("m0");
    broker.consume("GID_A");
    ObjectMapper json = new ObjectMapper();
    // when
    String snapshot = json.writeValueAsString(broker.engine.snapshot());
    String counters = json.writeValueAsString(broker.engine.counters());
    // then
    assertThat(snapshot).contains("\"topic\":\"orders\"").contains("\"inFlight\":1");
    assertThat(counters)
        .contains("\"delivered\":1")
        .contains("\"expired\":0")
        .contains("\"evicted\":0");
  }
}
