package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict mode: undeclared topics answer TopicNotExist to every operation (SPEC §7.1, §9 Q2). */
class StrictTopicsTest {
  private final TestBroker broker =
      new TestBroker(EngineSettings.defaults().withStrictTopics(true));

  @Test
  void everyOperationOnAnUndeclaredTopicIsTopicNotExist() {
    // when
    PublishOutcome published = broker.tryPublish(TestBroker.message("hello"));
    ConsumeOutcome consumed =
        broker
            .engine
            .consume(
                new ConsumeRequest(
                    TestBroker.TOPIC,
                    "GID_A",
                    1,
                    Duration.ofSeconds(5),
                    TagFilter.any(),
                    ConsumeMode.NORMAL))
            .join();
    AckOutcome acked = broker.ack("GID_A", "RH-BAD");
    AckOutcome committed = broker.commit("GID_A", "RH-BAD");
    // then
    List.of(published, consumed, acked, committed)
        .forEach(
            outcome ->
                assertThat(outcome)
                    .isInstanceOfSatisfying(
                        Rejected.class,
                        r -> assertThat(r.code()).isEqualTo(ErrorCode.TOPIC_NOT_EXIST)));
  }

  @Test
  void aDeclaredTopicWorks() {
    // given
    broker.engine.declareTopic(TestBroker.TOPIC);
    // when
    broker.publish("hello");
    // then
    assertThat(TestBroker.bodies(broker.consume("GID_A"))).containsExactly("hello");
  }

  @Test
  void aTopicIsDeclaredPerInstance() {
    // given
    broker.engine.declareTopic(new TopicRef("", TestBroker.TOPIC.topic()));
    // when / then
    assertThat(broker.tryPublish(TestBroker.message("hello"))).isInstanceOf(Rejected.class);
  }

  @Test
  void resetForgetsDeclaredTopics() {
    // given
    broker.engine.declareTopic(TestBroker.TOPIC);
    // when
    broker.engine.reset();
    // then
    assertThat(broker.tryPublish(TestBroker.message("hello"))).isInstanceOf(Rejected.class);
  }

  @Test
  void lenientTopicsSpringIntoBeing() {
    // given
    TestBroker lenient = new TestBroker();
    // when
    lenient.publish("hello");
    // then
    assertThat(lenient.engine.snapshot().instances().get(0).topics())
        .extracting(t -> t.topic())
        .containsExactly("orders");
  }
}
