package io.mqharness.protocol.limits;

import io.mqharness.protocol.properties.MessageProperties;

/**
 * The type of a published message as its system properties make it (SPEC §5.3), which decides its
 * body limit (DOC-LIMITS): {@code __TransCheckT} makes it transactional, else {@code
 * __STARTDELIVERTIME} a timer (scheduled or delayed) message, else {@code __SHARDINGKEY} an ordered
 * one; anything else is normal.
 */
public enum MessageType {
  NORMAL("normal", ProtocolLimits.MAX_BODY_BYTES),
  ORDERED("ordered", ProtocolLimits.MAX_BODY_BYTES),
  TRANSACTIONAL("transactional", ProtocolLimits.MAX_TRANSACTIONAL_OR_TIMER_BODY_BYTES),
  TIMER("timer", ProtocolLimits.MAX_TRANSACTIONAL_OR_TIMER_BODY_BYTES);

  private final String label;
  private final int maxBodyBytes;

  MessageType(String label, int maxBodyBytes) {
    this.label = label;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The type of a message with these properties (never null). */
  public static MessageType of(MessageProperties properties) {
    if (properties.isTransactional()) {
      return TRANSACTIONAL;
    }
    if (properties.get(MessageProperties.START_DELIVER_TIME).isPresent()) {
      return TIMER;
    }
    return properties.shardingKey().isPresent() ? ORDERED : NORMAL;
  }

  /** The largest body of this type, bytes of UTF-8. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** "transactional", "timer", ... as error messages say it. */
  public String label() {
    return label;
  }
}
