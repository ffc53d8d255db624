package io.mqharness.simulations.soak;

import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulations.requests.MessageFactory;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.mqharness.simulations.requests.PublishTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak's messages, one of every kind the protocol has, put in the session as {@link
 * MessageFactory} does ({@code publishBytes}, {@code bodyMd5}, {@code bodyKey}, {@code kind}) plus
 * {@code decision} for a transactional one. The mix: 25 % normal, 15 % tagged with a message key
 * and a user property, 15 % timer (delivered {@code timerDelaySeconds} of the service's protocol
 * time later, SPEC §6.4), 20 % ordered with one of 8 sharding keys (SPEC §6.3, on the ordered
 * topic), 25 % transactional half messages (SPEC §6.5), a third each committed at once, rolled back
 * at once, or left for the checkers.
 */
public final class SoakMessages {
  public static final String NORMAL = "normal";
  public static final String TAGGED = "tagged";
  public static final String TIMER = "timer";
  public static final String ORDERED = "ordered";
  public static final String TRANSACTIONAL = "transactional";

  /**
   * A transactional message's fate: decided by its producer at once, or by a checker after its
   * check immunity.
   */
  public static final String COMMIT = "commit";

  public static final String ROLLBACK = "rollback";
  public static final String CHECK = "check";
  public static final int SHARDING_KEYS = 8;

  private static final PublishTemplate NORMAL_BODY =
      new PublishTemplate(null, List.of(ProtocolBodies.SENT_AT));
  private static final PublishTemplate TAGGED_BODY =
      new PublishTemplate(
          "TagA", List.of(ProtocolBodies.SENT_AT, MessageProperties.MESSAGE_KEY, "soakColour"));
  private static final PublishTemplate TIMER_BODY =
      new PublishTemplate(
          null, List.of(ProtocolBodies.SENT_AT, MessageProperties.START_DELIVER_TIME));
  private static final PublishTemplate ORDERED_BODY =
      new PublishTemplate(null, List.of(ProtocolBodies.SENT_AT, MessageProperties.SHARDING_KEY));
  private static final PublishTemplate TRANSACTIONAL_BODY =
      new PublishTemplate(
          null, List.of(ProtocolBodies.SENT_AT, MessageProperties.TRANS_CHECK_IMMUNITY_TIME));
  private static final String[] COLOURS = {"red", "green", "blue"};

  private final MessageFactory factory;
  private final String checkImmunitySeconds;
  private final long timerDelayMillis;
  private final AtomicLong keys = new AtomicLong();

  public SoakMessages(MessageFactory factory, int checkImmunitySeconds, long timerDelayMillis) {
    this.factory = factory;
    this.checkImmunitySeconds = String.valueOf(checkImmunitySeconds);
    this.timerDelayMillis = timerDelayMillis;
  }

  /** The session with the next message, of a kind drawn by the mix. */
  public Session next(Session session) {
    double draw = ThreadLocalRandom.current().nextDouble();
    String kind =
        draw < 0.25
            ? NORMAL
            : draw < 0.40 ? TAGGED : draw < 0.55 ? TIMER : draw < 0.75 ? ORDERED : TRANSACTIONAL;
    return of(session, kind);
  }

  /** The session with the next message of {@code kind}. */
  public Session of(Session session, String kind) {
    String body = factory.nextBody();
    long now = System.currentTimeMillis();
    String sentAt = String.valueOf(now);
    long n = keys.incrementAndGet();
    byte[] publish =
        switch (kind) {
          case TAGGED ->
              TAGGED_BODY.write(body, sentAt, "k" + n, COLOURS[(int) (n % COLOURS.length)]);
          case TIMER -> TIMER_BODY.write(body, sentAt, String.valueOf(now + timerDelayMillis));
          case ORDERED -> ORDERED_BODY.write(body, sentAt, "s" + n % SHARDING_KEYS);
          case TRANSACTIONAL -> TRANSACTIONAL_BODY.write(body, sentAt, checkImmunitySeconds);
          default -> NORMAL_BODY.write(body, sentAt);
        };
    int third = ThreadLocalRandom.current().nextInt(3);
    String decision =
        !TRANSACTIONAL.equals(kind) ? "" : third == 0 ? COMMIT : third == 1 ? ROLLBACK : CHECK;
    Map<String, Object> keys = MessageFactory.sessionKeys(kind, body, publish);
    keys.put("decision", decision);
    return session.setAll(keys);
  }
}
