package io.mqharness.simulator.engine;

import io.mqharness.protocol.limits.LimitViolation;
import io.mqharness.protocol.limits.PublishLimits;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.properties.MessageProperties;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The engine's own checks of a publish (the HTTP layer may check too; the engine does not rely on
 * it): the {@link PublishLimits} (body per message type, tag, user properties, timer delay) and the
 * system properties {@code __STARTDELIVERTIME} and {@code __TransCheckT} (SPEC §5.3, §9 Q4-Q6).
 */
final class PublishChecks {
  private PublishChecks() {}

  /**
   * The message's start deliver time (epoch ms; the publish time when it has no timer) and, for a
   * transactional message, its {@code __TransCheckT} in seconds as sent ({@link CheckImmunity}
   * clamps it).
   */
  record Checked(long startDeliverTime, OptionalInt checkImmunitySeconds) {}

  /**
   * A publish that breaks a limit or carries a malformed system property; its message is the
   * answer's.
   */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Checks a message published at {@code now} (epoch ms); nothing about it is stored before it
   * passes.
   */
  static Checked check(PublishRequest message, long now) throws Invalid {
    MessageProperties props = message.properties();
    try {
      Optional<LimitViolation> violation =
          PublishLimits.check(message.body(), message.tag(), props, now);
      if (violation.isPresent()) {
        throw new Invalid(violation.get().message());
      }
      return new Checked(props.startDeliverTime().orElse(now), props.transCheckImmunitySeconds());
    } catch (InvalidPropertyException e) {
      throw new Invalid(e.getMessage());
    }
  }
}
