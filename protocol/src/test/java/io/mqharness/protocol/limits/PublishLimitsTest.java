package io.mqharness.protocol.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.properties.MessageProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every publish limit of DOC-LIMITS at its edge: the last value accepted, the first refused. */
class PublishLimitsTest {
  private static final long NOW = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
  private static final MessageProperties NONE = MessageProperties.empty();
  private static final MessageProperties TRANSACTIONAL =
      props(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, "10");
  private static final MessageProperties TIMER =
      props(MessageProperties.START_DELIVER_TIME, Long.toString(NOW + 60_000));
  private static final MessageProperties ORDERED = props(MessageProperties.SHARDING_KEY, "order-1");

  @Test
  void theSystemPropertiesMakeTheMessageType() {
    assertThat(MessageType.of(NONE)).isEqualTo(MessageType.NORMAL);
    assertThat(MessageType.of(ORDERED)).isEqualTo(MessageType.ORDERED);
    assertThat(MessageType.of(TIMER)).isEqualTo(MessageType.TIMER);
    assertThat(MessageType.of(TRANSACTIONAL)).isEqualTo(MessageType.TRANSACTIONAL);
    assertThat(MessageType.of(TRANSACTIONAL.with(MessageProperties.START_DELIVER_TIME, "1")))
        .isEqualTo(MessageType.TRANSACTIONAL);
  }

  @Test
  void normalAndOrderedBodiesMayBeFourMegabytes() {
    for (MessageProperties type : new MessageProperties[] {NONE, ORDERED}) {
      assertThat(check("x".repeat(4 * 1024 * 1024), type)).isEmpty();
      assertThat(check("x".repeat(4 * 1024 * 1024 + 1), type))
          .hasValueSatisfying(
              v -> {
                assertThat(v.element()).isEqualTo("MessageBody");
                assertThat(v.message()).contains("between 1 and 4194304 bytes", "4194305 bytes");
              });
    }
  }

  @Test
  void transactionalAndTimerBodiesMayBeSixtyFourKilobytes() {
    for (MessageProperties type : new MessageProperties[] {TRANSACTIONAL, TIMER}) {
      assertThat(check("x".repeat(64 * 1024), type)).isEmpty();
      assertThat(check("x".repeat(64 * 1024 + 1), type))
          .hasValueSatisfying(
              v -> {
                assertThat(v.element()).isEqualTo("MessageBody");
                assertThat(v.message())
                    .contains(
                        "between 1 and 65536 bytes", "65537 bytes", MessageType.of(type).label());
              });
    }
  }

  @Test
  void bodiesAreCountedInUtf8Bytes() {
    // given: 32 Ki two-byte characters are 64 KiB of UTF-8
    String twoByteChars = "é".repeat(32 * 1024);
    // then
    assertThat(check(twoByteChars, TRANSACTIONAL)).isEmpty();
    assertThat(check(twoByteChars + "x", TRANSACTIONAL)).isPresent();
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertThat(check("", NONE))
        .hasValueSatisfying(v -> assertThat(v.message()).contains("is 0 bytes"));
  }

  @Test
  void aTagMayBeSixtyFourCharacters() {
    assertThat(PublishLimits.check("b", "t".repeat(64), NONE, NOW)).isEmpty();
    assertThat(PublishLimits.check("b", "t".repeat(65), NONE, NOW))
        .hasValueSatisfying(v -> assertThat(v.element()).isEqualTo("MessageTag"));
  }

  @Test
  void userPropertiesMaySumToSixteenKilobytesOfKeysAndValues() {
    // given: key "k" + a value of 16383 bytes is exactly 16 KiB; the message key counts, system
    // keys do not
    MessageProperties atLimit =
        props("k", "v".repeat(16 * 1024 - 1))
            .with(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, "10");
    MessageProperties withKey =
        props("k", "v".repeat(16 * 1024 - 1 - 5)).with(MessageProperties.MESSAGE_KEY, "a");
    MessageProperties over = props("k", "v".repeat(16 * 1024));
    // then
    assertThat(PublishLimits.userPropertiesBytes(atLimit)).isEqualTo(16 * 1024);
    assertThat(check("b", atLimit)).isEmpty();
    assertThat(PublishLimits.userPropertiesBytes(withKey)).isEqualTo(16 * 1024);
    assertThat(PublishLimits.userPropertiesBytes(withKey.with(MessageProperties.MESSAGE_KEY, "ab")))
        .isEqualTo(16 * 1024 + 1);
    assertThat(check("b", over))
        .hasValueSatisfying(
            v -> {
              assertThat(v.element()).isEqualTo("Properties");
              assertThat(v.message()).contains("between 0 and 16384 bytes", "16385 bytes");
            });
  }

  @Test
  void aTimerMayBeFortyDaysAhead() {
    long fortyDays = Duration.ofDays(40).toMillis();
    assertThat(
            check("b", props(MessageProperties.START_DELIVER_TIME, Long.toString(NOW + fortyDays))))
        .isEmpty();
    assertThat(
            check(
                "b",
                props(MessageProperties.START_DELIVER_TIME, Long.toString(NOW + fortyDays + 1))))
        .hasValueSatisfying(
            v -> {
              assertThat(v.element()).isEqualTo(MessageProperties.START_DELIVER_TIME);
              assertThat(v.message()).contains("40 days", Long.toString(fortyDays + 1));
            });
    assertThat(
            check(
                "b",
                props(MessageProperties.START_DELIVER_TIME, Long.toString(NOW - fortyDays * 2))))
        .isEmpty();
  }

  private static Optional<LimitViolation> check(String body, MessageProperties properties) {
    return PublishLimits.check(body, null, properties, NOW);
  }

  private static MessageProperties props(String key, String value) {
    return MessageProperties.of(Map.of(key, value));
  }
}
