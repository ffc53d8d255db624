package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional sample of SPEC §6.6 (protocol's vectors/transaction_timeline.json): four half
 * messages a=0..3 with __TransCheckT 10; a=0 committed at once with its publish handle; the checker
 * commits a=1, commits a=2 only on its second pop, rolls back a=3; the consumer of the same group
 * acks what it gets.
 */
class TransactionReferenceTimelineTest {
  private static final String GROUP = "GID_T";

  private final TestBroker broker = new TestBroker();
  private final List<Published> published = new ArrayList<>();

  @BeforeEach
  void publishFourHalfMessagesAndCommitTheFirst() {
    for (int a = 0; a < 4; a++) {
      published.add(
          broker.publish(
              new PublishRequest(
                  "body-" + a,
                  null,
                  MessageProperties.of(
                      Map.of(
                          "a",
                          String.valueOf(a),
                          MessageProperties.TRANS_CHECK_IMMUNITY_TIME,
                          "10")))));
    }
    assertThat(published).allSatisfy(p -> assertThat(p.response().receiptHandle()).isNotNull());
    assertThat(broker.commit(GROUP, published.get(0).response().receiptHandle()))
        .isEqualTo(AllAcked.INSTANCE);
  }

  @Test
  void theTimelineStepByStep() {
    // t = 0+: pops find nothing; the consumer gets a=0 and acks it
    assertThat(broker.pop(GROUP, 1)).isEmpty();
    List<ConsumedMessage> zero = broker.consume(GROUP);
    assertThat(aOf(zero)).containsExactly("0");
    assertThat(zero.get(0).consumedTimes()).isEqualTo(1);
    assertThat(broker.ack(GROUP, zero)).isEqualTo(AllAcked.INSTANCE);

    // t = 9: still immune
    broker.advanceSeconds(9);
    assertThat(broker.pop(GROUP, 1)).isEmpty();

    // t = 10: a=1 popped (CT 1) and committed; the consumer gets it
    broker.advanceSeconds(1);
    ConsumedMessage one = broker.pop(GROUP, 1).get(0);
    assertThat(a(one)).isEqualTo("1");
    assertThat(one.consumedTimes()).isEqualTo(1);
    assertThat(broker.commit(GROUP, one.receiptHandle())).isEqualTo(AllAcked.INSTANCE);

    // t = 10: a=2 popped (CT 1), no action
    ConsumedMessage twoFirst = broker.pop(GROUP, 1).get(0);
    assertThat(a(twoFirst)).isEqualTo("2");
    assertThat(twoFirst.consumedTimes()).isEqualTo(1);
    List<ConsumedMessage> gotOne = broker.consume(GROUP);
    assertThat(aOf(gotOne)).containsExactly("1");
    broker.ack(GROUP, gotOne);

    // t = 10: a=3 popped (CT 1) and rolled back
    ConsumedMessage three = broker.pop(GROUP, 1).get(0);
    assertThat(a(three)).isEqualTo("3");
    assertThat(broker.rollback(GROUP, three.receiptHandle())).isEqualTo(AllAcked.INSTANCE);

    // t = 10..20: pops find nothing
    assertThat(broker.pop(GROUP, 1)).isEmpty();
    broker.advance(Duration.ofSeconds(10).minusMillis(1));
    assertThat(broker.pop(GROUP, 1)).isEmpty();

    // t = 20: a=2 popped again (CT 2) and committed; the consumer gets it
    broker.advance(Duration.ofMillis(1));
    ConsumedMessage twoSecond = broker.pop(GROUP, 1).get(0);
    assertThat(a(twoSecond)).isEqualTo("2");
    assertThat(twoSecond.consumedTimes()).isEqualTo(2);
    assertThat(broker.commit(GROUP, twoSecond.receiptHandle())).isEqualTo(AllAcked.INSTANCE);
    List<ConsumedMessage> gotTwo = broker.consume(GROUP);
    assertThat(aOf(gotTwo)).containsExactly("2");
    assertThat(gotTwo.get(0).consumedTimes()).isEqualTo(1);
    broker.ack(GROUP, gotTwo);

    // t > 20: nothing more, on either stream
    broker.advance(Duration.ofMinutes(30));
    assertThat(broker.pop(GROUP, 16)).isEmpty();
    assertThat(broker.consume(GROUP)).isEmpty();
  }

  @Test
  void theCheckerAndConsumerLoopsWithLongPollsMeetThePassCriteria() {
    // given: both loops poll with waitseconds=3 and poll again as soon as they get an answer
    List<String> consumed = new ArrayList<>();
    Map<String, Integer> pops = new HashMap<>();
    checkerLoop(pops);
    consumerLoop(consumed);
    // when
    for (int second = 0; second < 120; second++) {
      broker.advanceSeconds(1);
    }
    // then
    assertThat(consumed).containsExactly("0", "1", "2");
    assertThat(pops)
        .containsEntry("1", 1)
        .containsEntry("2", 2)
        .containsEntry("3", 1)
        .doesNotContainKey("0");
    assertThat(broker.engine.counters().committed()).isEqualTo(3);
    assertThat(broker.engine.counters().rolledBack()).isEqualTo(1);
  }

  private void checkerLoop(Map<String, Integer> pops) {
    broker
        .engine
        .consume(request(ConsumeMode.HALF))
        .thenAccept(
            outcome -> {
              if (outcome instanceof Delivered d) {
                for (ConsumedMessage half : d.messages()) {
                  pops.merge(a(half), 1, Integer::sum);
                  switch (a(half)) {
                    case "1" -> broker.commit(GROUP, half.receiptHandle());
                    case "2" -> {
                      if (half.consumedTimes() > 1) {
                        broker.commit(GROUP, half.receiptHandle());
                      }
                    }
                    case "3" -> broker.rollback(GROUP, half.receiptHandle());
                    default -> throw new AssertionError("unexpected half message " + a(half));
                  }
                }
              }
              checkerLoop(pops);
            });
  }

  private void consumerLoop(List<String> consumed) {
    broker
        .engine
        .consume(request(ConsumeMode.NORMAL))
        .thenAccept(
            outcome -> {
              if (outcome instanceof Delivered d) {
                d.messages().forEach(m -> consumed.add(a(m)));
                broker.ack(GROUP, d.messages());
              }
              consumerLoop(consumed);
            });
  }

  private static ConsumeRequest request(ConsumeMode mode) {
    return new ConsumeRequest(
        TestBroker.TOPIC, GROUP, 1, Duration.ofSeconds(3), TagFilter.any(), mode);
  }

  private static String a(ConsumedMessage delivery) {
    return delivery.properties().get("a").orElseThrow();
  }

  private static List<String> aOf(List<ConsumedMessage> deliveries) {
    return deliveries.stream().map(TransactionReferenceTimelineTest::a).toList();
  }
}
