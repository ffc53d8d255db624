package io.mqharness.simulator.wiremock.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** Warns about a bad extension parameter once per distinct message, not once per request. */
final class BadParameters {
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private BadParameters() {}

  static void warnOnce(Logger log, String message) {
    if (WARNED.size() < 100 && WARNED.add(message)) {
      log.warning(message);
    }
  }
}
