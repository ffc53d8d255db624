package io.mqharness.simulations.requests;

import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulations.settings.HarnessSettings;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The next message of a run, put in the session: {@code body}, {@code publishBytes} and {@code kind} (normal,
 * tagged or transactional, by the configured shares). Every body is distinct (across injectors too, when the run is
 * scaled out) and {@code messageSize} bytes long, and carries the time it was made in the
 * {@link ProtocolBodies#SENT_AT} property.
 */
public final class MessageFactory {
  public static final String NORMAL = "normal";
  public static final String TAGGED = "tagged";
  public static final String TRANSACTIONAL = "transactional";

  private final HarnessSettings settings;
  private final AtomicLong sequence = new AtomicLong();

  public MessageFactory(HarnessSettings settings) {
    this.settings = settings;
  }

  public Session next(Session session) {
    double draw = ThreadLocalRandom.current().nextDouble();
    String kind = draw < settings.transactionalShare() ? TRANSACTIONAL
        : draw < settings.transactionalShare() + settings.tagShare() ? TAGGED : NORMAL;
    return of(session, kind);
  }

  public Session of(Session session, String kind) {
    String body = body(sequence.incrementAndGet());
    MessageProperties properties = MessageProperties.empty().with(ProtocolBodies.SENT_AT, String.valueOf(System.currentTimeMillis()));
    if (kind.equals(TRANSACTIONAL)) {
      properties = properties.with(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, String.valueOf(settings.checkImmunitySeconds()));
    }
    String tag = kind.equals(TAGGED) ? "TagA" : null;
    return session.set("body", body).set("kind", kind).set("publishBytes", ProtocolBodies.publish(body, tag, properties));
  }

  String body(long n) {
    // Scaled out, each injector's bodies carry its index ("i1m42-..."): no two injectors make the same body.
    StringBuilder body = new StringBuilder(settings.messageSize()).append(settings.injectors().marker()).append("m").append(n).append('-');
    while (body.length() < settings.messageSize()) {
      body.append((char) ('a' + body.length() % 26));
    }
    return body.substring(0, settings.messageSize());
  }
}
