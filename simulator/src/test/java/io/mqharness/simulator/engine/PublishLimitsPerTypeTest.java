package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.half;
import static io.mqharness.simulator.engine.TestBroker.message;
import static io.mqharness.simulator.engine.TestBroker.sharded;
import static io.mqharness.simulator.engine.TestBroker.tagged;
import static io.mqharness.simulator.engine.TestBroker.timer;
import static io.mqharness.simulator.engine.TestBroker.withProperties;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documented publish limits, per message type, at their edges (SPEC §4.2, DOC-LIMITS): the last
 * value is stored, the first beyond it is InvalidArgument naming the limit and the value, and
 * nothing of it is stored.
 */
class PublishLimitsPerTypeTest {
  private static final int FOUR_MB = 4 * 1024 * 1024;
  private static final int SIXTY_FOUR_KB = 64 * 1024;

  private final TestBroker broker = new TestBroker();

  @Test
  void aNormalMessageMayHaveFourMegabytes() {
    assertThat(broker.tryPublish(message("x".repeat(FOUR_MB)))).isInstanceOf(Published.class);
    assertRefused(
        broker.tryPublish(message("x".repeat(FOUR_MB + 1))),
        "between 1 and 4194304 bytes",
        "4194305");
  }

  @Test
  void anOrderedMessageMayHaveFourMegabytes() {
    assertThat(broker.tryPublish(sharded("x".repeat(FOUR_MB), "k"))).isInstanceOf(Published.class);
    assertRefused(broker.tryPublish(sharded("x".repeat(FOUR_MB + 1), "k")), "ordered", "4194305");
  }

  @Test
  void aTransactionalMessageMayHaveSixtyFourKilobytesAndNoMore() {
    // when
    PublishOutcome atLimit = broker.tryPublish(half("x".repeat(SIXTY_FOUR_KB), 10));
    PublishOutcome over = broker.tryPublish(half("x".repeat(100 * 1024), 10));
    // then
    assertThat(atLimit).isInstanceOf(Published.class);
    assertRefused(over, "transactional", "between 1 and 65536 bytes", "102400");
    broker.advanceSeconds(10);
    assertThat(broker.pop("GID_T", 16)).hasSize(1);
    assertThat(broker.engine.snapshot().storedMessages()).isEqualTo(1);
  }

  @Test
  void aTimerMessageMayHaveSixtyFourKilobytesAndNoMore() {
    // given
    long in10s = broker.now() + 10_000;
    broker.consume("GID_A");
    // when
    PublishOutcome atLimit = broker.tryPublish(timer("x".repeat(SIXTY_FOUR_KB), in10s));
    PublishOutcome over = broker.tryPublish(timer("x".repeat(SIXTY_FOUR_KB + 1), in10s));
    // then
    assertThat(atLimit).isInstanceOf(Published.class);
    assertRefused(over, "timer", "65537");
    broker.advanceSeconds(10);
    assertThat(broker.consume("GID_A")).hasSize(1);
  }

  @Test
  void aTimerDueInThePastIsStillATimerMessageForItsBodyLimit() {
    assertRefused(
        broker.tryPublish(timer("x".repeat(SIXTY_FOUR_KB + 1), broker.now() - 1)), "timer");
  }

  @Test
  void userPropertiesMayHaveSixteenKilobytes() {
    // given: the key "k" and a value that make 16 KiB together
    String atLimit = "v".repeat(16 * 1024 - 1);
    broker.consume("GID_A");
    // when
    PublishOutcome accepted = broker.tryPublish(withProperties("ok", Map.of("k", atLimit)));
    PublishOutcome refused = broker.tryPublish(withProperties("no", Map.of("k", atLimit + "v")));
    PublishOutcome withKey =
        broker.tryPublish(
            withProperties("key", Map.of("k", atLimit, MessageProperties.MESSAGE_KEY, "a")));
    // then: the message key is a user property too
    assertThat(accepted).isInstanceOf(Published.class);
    assertRefused(refused, "Properties", "between 0 and 16384 bytes", "16385");
    assertRefused(withKey, "16389");
    assertThat(TestBroker.bodies(broker.consume("GID_A"))).containsExactly("ok");
  }

  @Test
  void aTimerMayBeFortyDaysAheadOfTheEnginesClock() {
    // given
    long fortyDays = Duration.ofDays(40).toMillis();
    broker.consume("GID_A");
    // when
    PublishOutcome atLimit = broker.tryPublish(timer("edge", broker.now() + fortyDays));
    PublishOutcome beyond = broker.tryPublish(timer("beyond", broker.now() + fortyDays + 1));
    // then
    assertThat(atLimit).isInstanceOf(Published.class);
    assertRefused(beyond, "__STARTDELIVERTIME", "40 days", Long.toString(fortyDays + 1));
    broker.advance(Duration.ofDays(40));
    assertThat(TestBroker.bodies(broker.consume("GID_A"))).containsExactly("edge");
  }

  @Test
  void aTagMayHaveSixtyFourCharacters() {
    assertThat(broker.tryPublish(tagged("b", "t".repeat(64)))).isInstanceOf(Published.class);
    assertRefused(broker.tryPublish(tagged("b", "t".repeat(65))), "MessageTag", "65 characters");
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertRefused(broker.tryPublish(message("")), "MessageBody", "0 bytes");
  }

  private void assertRefused(PublishOutcome outcome, String... inMessage) {
    assertThat(outcome)
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
              assertThat(r.message()).contains(inMessage);
            });
  }
}
