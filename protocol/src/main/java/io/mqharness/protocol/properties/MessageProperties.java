package io.mqharness.protocol.properties;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The user and system properties of a message, in insertion order (SPEC §5).
 *
 * <p>Keys and values are checked on construction: neither may be empty nor contain {@code & " ' < >
 * : |}. The system keys have typed accessors; they stay in the map, as the Java and Python SDKs
 * keep them.
 */
public record MessageProperties(Map<String, String> asMap) {
  public static final String MESSAGE_KEY = "KEYS";
  public static final String START_DELIVER_TIME = "__STARTDELIVERTIME";
  public static final String TRANS_CHECK_IMMUNITY_TIME = "__TransCheckT";
  public static final String SHARDING_KEY = "__SHARDINGKEY";

  private static final String FORBIDDEN = "&\"'<>:|";
  private static final MessageProperties EMPTY = new MessageProperties(Map.of());

  public MessageProperties {
    asMap.forEach(MessageProperties::check);
    asMap = Collections.unmodifiableMap(new LinkedHashMap<>(asMap));
  }

  public static MessageProperties empty() {
    return EMPTY;
  }

  public static MessageProperties of(Map<String, String> map) {
    return new MessageProperties(map);
  }

  public boolean isEmpty() {
    return asMap.isEmpty();
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(asMap.get(key));
  }

  /** A copy with {@code key} set to {@code value} (replacing an earlier value). */
  public MessageProperties with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(asMap);
    copy.put(key, value);
    return new MessageProperties(copy);
  }

  public Optional<String> messageKey() {
    return get(MESSAGE_KEY);
  }

  public Optional<String> shardingKey() {
    return get(SHARDING_KEY);
  }

  /** Delivery time of a timer message, epoch milliseconds; fails if the value is not a number. */
  public OptionalLong startDeliverTime() {
    return get(START_DELIVER_TIME)
        .map(v -> OptionalLong.of(parseLong(START_DELIVER_TIME, v)))
        .orElse(OptionalLong.empty());
  }

  /**
   * Check immunity time of a transactional message in seconds; fails if the value is not a number.
   */
  public OptionalInt transCheckImmunitySeconds() {
    return get(TRANS_CHECK_IMMUNITY_TIME)
        .map(
            v ->
                OptionalInt.of(
                    (int)
                        Math.max(
                            Integer.MIN_VALUE,
                            Math.min(Integer.MAX_VALUE, parseLong(TRANS_CHECK_IMMUNITY_TIME, v)))))
        .orElse(OptionalInt.empty());
  }

  public boolean isTransactional() {
    return asMap.containsKey(TRANS_CHECK_IMMUNITY_TIME);
  }

  private static long parseLong(String key, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidPropertyException(
          "Property " + key + " must be a number, got \"" + value + "\".");
    }
  }

  private static void check(String key, String value) {
    if (key == null || key.isEmpty()) {
      throw new InvalidPropertyException("A property key must not be empty.");
    }
    if (value == null || value.isEmpty()) {
      throw new InvalidPropertyException("The value of property " + key + " must not be empty.");
    }
    checkChars("key", key);
    checkChars("value of " + key, value);
  }

  private static void checkChars(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (FORBIDDEN.indexOf(text.charAt(i)) >= 0) {
        throw new InvalidPropertyException(
            "Property "
                + what
                + " contains the forbidden character '"
                + text.charAt(i)
                + "' (none of & \" ' < > : | is allowed).");
      }
    }
  }
}
