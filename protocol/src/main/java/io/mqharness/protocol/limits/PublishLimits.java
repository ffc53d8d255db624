package io.mqharness.protocol.limits;

import io.mqharness.protocol.properties.MessageProperties;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@link ProtocolLimits} of a publish, checked the same way by the simulator and the reference
 * client: a non-empty body within its type's limit, a tag of at most 64 characters, at most 16 KB
 * of user properties, and a timer at most 40 days ahead.
 */
public final class PublishLimits {
  /**
   * System keys the service sets or reads itself; every other key, {@code KEYS} included, is a user
   * property.
   */
  private static final Set<String> RESERVED_KEYS =
      Set.of(
          MessageProperties.START_DELIVER_TIME,
          MessageProperties.TRANS_CHECK_IMMUNITY_TIME,
          MessageProperties.SHARDING_KEY);

  private PublishLimits() {}

  /**
   * The first limit the message breaks, if any. {@code tag} may be null (no tag); {@code nowMillis}
   * is the checker's clock, epoch milliseconds, the reference for the timer limit.
   *
   * @throws io.mqharness.protocol.properties.InvalidPropertyException when {@code
   *     __STARTDELIVERTIME} is not a number
   */
  public static Optional<LimitViolation> check(
      String body, String tag, MessageProperties properties, long nowMillis) {
    MessageType type = MessageType.of(properties);
    int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bodyBytes == 0 || bodyBytes > type.maxBodyBytes()) {
      return Optional.of(
          LimitViolation.outOfRange(
              "MessageBody",
              1,
              type.maxBodyBytes(),
              "bytes",
              "the body of this "
                  + type.label()
                  + " message is "
                  + bodyBytes
                  + " bytes of UTF-8."));
    }
    if (tag != null && tag.length() > ProtocolLimits.MAX_TAG_CHARS) {
      return Optional.of(
          LimitViolation.outOfRange(
              "MessageTag",
              1,
              ProtocolLimits.MAX_TAG_CHARS,
              "characters",
              "the tag is " + tag.length() + " characters long."));
    }
    int propertyBytes = userPropertiesBytes(properties);
    if (propertyBytes > ProtocolLimits.MAX_USER_PROPERTIES_BYTES) {
      return Optional.of(
          LimitViolation.outOfRange(
              "Properties",
              0,
              ProtocolLimits.MAX_USER_PROPERTIES_BYTES,
              "bytes",
              "the user properties' keys and values are " + propertyBytes + " bytes of UTF-8."));
    }
    OptionalLong startDeliverTime = properties.startDeliverTime();
    long maxDelay = ProtocolLimits.MAX_TIMER_DELAY.toMillis();
    if (startDeliverTime.isPresent() && startDeliverTime.getAsLong() - nowMillis > maxDelay) {
      return Optional.of(
          LimitViolation.outOfRange(
              MessageProperties.START_DELIVER_TIME,
              0,
              maxDelay,
              "milliseconds ahead",
              "it is "
                  + (startDeliverTime.getAsLong() - nowMillis)
                  + " ms ahead; a timer is at most "
                  + ProtocolLimits.MAX_TIMER_DELAY.toDays()
                  + " days ahead."));
    }
    return Optional.empty();
  }

  /**
   * The UTF-8 bytes of the user properties' keys and values, separators not counted (the reserved
   * system keys are not user properties).
   */
  public static int userPropertiesBytes(MessageProperties properties) {
    int bytes = 0;
    for (Map.Entry<String, String> e : properties.asMap().entrySet()) {
      if (!RESERVED_KEYS.contains(e.getKey())) {
        bytes +=
            e.getKey().getBytes(StandardCharsets.UTF_8).length
                + e.getValue().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }
}
