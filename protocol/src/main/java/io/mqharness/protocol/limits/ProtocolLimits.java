package io.mqharness.protocol.limits;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Every limit of the protocol, in one place: the simulator enforces them, the reference client
 * checks them when asked to ({@code MqClientOptions.withLimitChecks}), the simulations validate
 * their settings against them and the conformance scenarios probe them. Each constant says its unit
 * and where the value comes from; the short names are those of docs/SPEC.md (DOC-LIMITS is the
 * "Limits" page of the 4.x series, DOC-CONSUME the consume operation, DOC-ROS-TOPIC and
 * DOC-ROS-GROUP the resource-orchestration pages that state the console's naming rules,
 * DOC-RMQ-LIMITS open-source RocketMQ's "Parameter Constraints and Suggestions").
 *
 * <p>Sizes are in bytes of UTF-8, counted as the service receives the text (after XML unescaping);
 * "4 MB" and "64 KB" are read as binary units, as RocketMQ's own {@code maxMessageSize = 1024 *
 * 1024 * 4} does.
 */
public final class ProtocolLimits {
  /**
   * Body of a normal or ordered message: at most 4,194,304 bytes (4 MB) [documented DOC-LIMITS].
   */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  /**
   * Body of a transactional, scheduled or delayed (timer) message: at most 65,536 bytes (64 KB)
   * [documented DOC-LIMITS].
   */
  public static final int MAX_TRANSACTIONAL_OR_TIMER_BODY_BYTES = 64 * 1024;

  /**
   * User properties of one message: at most 16,384 bytes (16 KB) [documented DOC-LIMITS], counted
   * as the keys and values together [documented DOC-RMQ-LIMITS, for open-source RocketMQ]; see
   * {@link PublishLimits#userPropertiesBytes}.
   */
  public static final int MAX_USER_PROPERTIES_BYTES = 16 * 1024;

  /**
   * How far ahead {@code __STARTDELIVERTIME} may be: 40 days after the service's now [documented
   * DOC-LIMITS].
   */
  public static final Duration MAX_TIMER_DELAY = Duration.ofDays(40);

  /**
   * A message tag: 1 to 64 characters [observed: the Python SDK refuses longer ones; no page gives
   * a number].
   */
  public static final int MAX_TAG_CHARS = 64;

  /**
   * {@code numOfMessages} of a consume, orderly consume or half pop: 1 to 16 [documented
   * DOC-CONSUME].
   */
  public static final int MIN_NUM_OF_MESSAGES = 1;

  /** See {@link #MIN_NUM_OF_MESSAGES}. */
  public static final int MAX_NUM_OF_MESSAGES = 16;

  /**
   * {@code waitseconds} of a long poll, seconds: 0 to 30 [documented DOC-CONSUME, English page].
   */
  public static final int MIN_WAIT_SECONDS = 0;

  /** See {@link #MIN_WAIT_SECONDS}. */
  public static final int MAX_WAIT_SECONDS = 30;

  /**
   * Receipt handles in one ack, commit or rollback: 1 to 16 [observed: the Python SDK documents
   * "size: 1~16" for {@code ack_message}; the batch delete of the MNS sibling has the same bound].
   */
  public static final int MAX_RECEIPT_HANDLES = 16;

  /**
   * The request line (method, target, version): at most 1,024 characters [documented DOC-CONSUME].
   */
  public static final int MAX_REQUEST_LINE_CHARS = 1024;

  /** {@code __TransCheckT}, seconds: 10 to 300 [documented DOC-PUBLISH]. */
  public static final int MIN_CHECK_IMMUNITY_SECONDS = 10;

  /** See {@link #MIN_CHECK_IMMUNITY_SECONDS}. */
  public static final int MAX_CHECK_IMMUNITY_SECONDS = 300;

  /**
   * How far a request's {@code Date} may be from the service's clock: 15 minutes, beyond which the
   * answer is 408 {@code TimeExpired} [code documented DOC-ERRORS; the 15 minutes are the MNS
   * sibling's rule, inferred].
   */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

  /**
   * A topic name: at most 64 characters [documented DOC-LIMITS: "messages cannot be sent to the
   * topic"]. The console also wants at least 3 and no "CID" or "GID" prefix [documented
   * DOC-ROS-TOPIC]; those are rules for creating a topic, which the simulator does on first use, so
   * it does not apply them.
   */
  public static final int MAX_TOPIC_NAME_CHARS = 64;

  /**
   * A group id: at most 64 characters [documented DOC-ROS-GROUP]. The console also wants at least 5
   * and a {@code GID_} or {@code GID-} prefix; rules for creating a group, which the simulator does
   * on first use.
   */
  public static final int MAX_GROUP_ID_CHARS = 64;

  /**
   * The characters of topic names and group ids: letters, digits, {@code -} and {@code _}
   * [documented DOC-ROS-TOPIC, DOC-ROS-GROUP].
   */
  public static final Pattern NAME_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");

  private ProtocolLimits() {}
}
