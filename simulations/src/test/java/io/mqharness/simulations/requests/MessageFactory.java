package io.mqharness.simulations.requests;

import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.settings.HarnessSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The next message of a run, put in the session: {@code publishBytes} (the publish body), {@code
 * bodyMd5} (the MessageBodyMD5 its answer must carry, computed once per message), {@code bodyKey}
 * (what tells its body from every other of the run, {@link MessageLedger#bodyKey}) and {@code kind}
 * (normal, tagged or transactional, by the configured shares). Every body is distinct (across
 * injectors too, when the run is scaled out) and {@code messageSize} bytes long, and carries the
 * time it was made in the {@link ProtocolBodies#SENT_AT} property.
 */
public final class MessageFactory {
  public static final String NORMAL = "normal";
  public static final String TAGGED = "tagged";
  public static final String TRANSACTIONAL = "transactional";

  private static final PublishTemplate NORMAL_BODY =
      new PublishTemplate(null, List.of(ProtocolBodies.SENT_AT));
  private static final PublishTemplate TAGGED_BODY =
      new PublishTemplate("TagA", List.of(ProtocolBodies.SENT_AT));
  private static final PublishTemplate TRANSACTIONAL_BODY =
      new PublishTemplate(
          null, List.of(ProtocolBodies.SENT_AT, MessageProperties.TRANS_CHECK_IMMUNITY_TIME));

  private final HarnessSettings settings;
  private final String checkImmunitySeconds;
  private final AtomicLong sequence = new AtomicLong();

  public MessageFactory(HarnessSettings settings) {
    this.settings = settings;
    this.checkImmunitySeconds = String.valueOf(settings.checkImmunitySeconds());
  }

  /** The session with the next message, of a kind drawn by the configured shares. */
  public Session next(Session session) {
    double draw = ThreadLocalRandom.current().nextDouble();
    String kind =
        draw < settings.transactionalShare()
            ? TRANSACTIONAL
            : draw < settings.transactionalShare() + settings.tagShare() ? TAGGED : NORMAL;
    return of(session, kind);
  }

  /**
   * The session with the next message of {@code kind} ({@link #NORMAL}, {@link #TAGGED} or {@link
   * #TRANSACTIONAL}).
   */
  public Session of(Session session, String kind) {
    String body = body(sequence.incrementAndGet());
    String sentAt = String.valueOf(System.currentTimeMillis());
    byte[] publish =
        switch (kind) {
          case TRANSACTIONAL -> TRANSACTIONAL_BODY.write(body, sentAt, checkImmunitySeconds);
          case TAGGED -> TAGGED_BODY.write(body, sentAt);
          default -> NORMAL_BODY.write(body, sentAt);
        };
    return session.setAll(sessionKeys(kind, body, publish));
  }

  /**
   * A message's session keys: {@code kind}, {@code publishBytes} ({@code publish}, the publish
   * request's body), {@code bodyMd5} (the MessageBodyMD5 of {@code body}) and {@code bodyKey}
   * ({@link MessageLedger#bodyKey} of {@code body}); a new map, which the caller may add to.
   */
  public static Map<String, Object> sessionKeys(String kind, String body, byte[] publish) {
    Map<String, Object> keys = new HashMap<>();
    keys.put("kind", kind);
    keys.put("publishBytes", publish);
    keys.put("bodyMd5", ContentDigest.messageBodyMd5(body));
    keys.put("bodyKey", MessageLedger.bodyKey(body));
    return keys;
  }

  /** The next body of the run, distinct from every other (the same sequence as {@link #next}'s). */
  public String nextBody() {
    return body(sequence.incrementAndGet());
  }

  String body(long n) {
    // Scaled out, each injector's bodies carry its index ("i1m42-..."): no two injectors make the
    // same body.
    StringBuilder body =
        new StringBuilder(settings.messageSize())
            .append(settings.injectors().marker())
            .append("m")
            .append(n)
            .append('-');
    while (body.length() < settings.messageSize()) {
      body.append((char) ('a' + body.length() % 26));
    }
    return body.substring(0, settings.messageSize());
  }
}
