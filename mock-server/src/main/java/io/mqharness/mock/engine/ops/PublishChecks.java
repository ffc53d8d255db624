package io.mqharness.mock.engine.ops;

import io.mqharness.mock.engine.EngineSettings;
import io.mqharness.mock.engine.NewMessage;
import io.mqharness.protocol.properties.InvalidPropertyException;
import io.mqharness.protocol.properties.MessageProperties;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * The engine's own checks of a publish (the HTTP layer may check too; the engine does not rely on it):
 * body, tag and the system properties {@code __STARTDELIVERTIME} and {@code __TransCheckT} (SPEC §5.3, §9 Q4-Q6).
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

  Checked check(NewMessage message, long now) throws Invalid {
    if (message.body().isEmpty()) {
      throw new Invalid("The message body must not be empty.");
    }
    int bytes = message.body().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > settings.maxBodyBytes()) {
      throw new Invalid("The message body is " + bytes + " bytes of UTF-8; at most " + settings.maxBodyBytes() + " are allowed.");
    }
    if (message.tag() != null && message.tag().length() > settings.maxTagLength()) {
      throw new Invalid("The message tag is " + message.tag().length() + " characters long; at most "
          + settings.maxTagLength() + " are allowed.");
    }
    MessageProperties props = message.properties();
    try {
      long startDeliverTime = props.startDeliverTime().orElse(now);
      long delay = startDeliverTime - now;
      if (delay > settings.maxTimerDelay().toMillis()) {
        throw new Invalid("__STARTDELIVERTIME is " + delay + " ms ahead; the maximum timer delay is "
            + settings.maxTimerDelay() + ".");
      }
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
