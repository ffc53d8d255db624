package io.mqharness.mock.engine;

import io.mqharness.protocol.limits.LimitViolation;
import io.mqharness.protocol.limits.PublishLimits;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.properties.MessageProperties;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The engine's own checks of a publish (the HTTP layer may check too; the engine does not rely on it): the
 * {@link PublishLimits} (body per message type, tag, user properties, timer delay) and the system properties
 * {@code __STARTDELIVERTIME} and {@code __TransCheckT} (SPEC §5.3, §9 Q4-Q6).
 */
final class PublishChecks {
  private final EngineSettings settings;

  PublishChecks(EngineSettings settings) {
    this.settings = settings;
  }

  /** The message's delivery time (publish time when it has no timer) and clamped check immunity, if any. */
  record Checked(long startDeliverTime, OptionalInt checkImmunitySeconds) {}

  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Nothing about the message is stored before it passes. */
  Checked check(NewMessage message, long now) throws Invalid {
    MessageProperties props = message.properties();
    try {
      Optional<LimitViolation> violation = PublishLimits.check(message.body(), message.tag(), props, now);
      if (violation.isPresent()) {
        throw new Invalid(violation.get().message());
      }
      long startDeliverTime = props.startDeliverTime().orElse(now);
      OptionalInt immunity = props.transCheckImmunitySeconds();
      if (immunity.isPresent()) {
        int clamped = Math.max(settings.minCheckImmunitySeconds(), Math.min(settings.maxCheckImmunitySeconds(), immunity.getAsInt()));
        immunity = OptionalInt.of(clamped);
      }
      return new Checked(startDeliverTime, immunity);
    } catch (InvalidPropertyException e) {
      throw new Invalid(e.getMessage());
    }
  }
}
