package io.mqharness.conformance.adapter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Clients by the name a user selects with {@code -Dclient=NAME}. Exact names map to suppliers;
 * prefixes such as {@code cmd:} map to a function of the rest of the name. A client that cannot run
 * here (its runtime or driver is missing) is registered as unavailable with the reason, so the run
 * reports it as skipped.
 */
public final class ClientRegistry {
  private static final Map<String, Supplier<MqClientAdapter>> EXACT = new LinkedHashMap<>();
  private static final Map<String, Function<String, MqClientAdapter>> PREFIXED =
      new LinkedHashMap<>();
  private static final Map<String, String> UNAVAILABLE = new LinkedHashMap<>();

  private ClientRegistry() {}

  public static synchronized void register(String name, Supplier<MqClientAdapter> factory) {
    UNAVAILABLE.remove(name);
    EXACT.put(name, factory);
  }

  /**
   * {@code prefix} includes its separator, e.g. {@code "cmd:"}; the function gets what follows it.
   */
  public static synchronized void registerPrefix(
      String prefix, Function<String, MqClientAdapter> factory) {
    PREFIXED.put(prefix, factory);
  }

  /** A bundled client that cannot run here; selecting it gives a skip with this reason. */
  public static synchronized void markUnavailable(String name, String reason) {
    if (!EXACT.containsKey(name)) {
      UNAVAILABLE.put(name, reason);
    }
  }

  /** Every bundled name, available or not, in registration order. */
  public static synchronized Set<String> bundledNames() {
    Set<String> names = new java.util.LinkedHashSet<>(EXACT.keySet());
    names.addAll(UNAVAILABLE.keySet());
    return names;
  }

  public static synchronized Optional<String> unavailableReason(String name) {
    if (UNAVAILABLE.containsKey(name)) {
      return Optional.of(UNAVAILABLE.get(name));
    }
    if (EXACT.containsKey(name) || PREFIXED.keySet().stream().anyMatch(name::startsWith)) {
      return Optional.empty();
    }
    return Optional.of(
        "no client named " + name + " (known: " + bundledNames() + ", or cmd:<command>)");
  }

  /** A new, unconnected adapter; fails when {@link #unavailableReason} is present. */
  public static MqClientAdapter create(String name) {
    Supplier<MqClientAdapter> exact;
    Function<String, MqClientAdapter> prefixed = null;
    String rest = null;
    synchronized (ClientRegistry.class) {
      exact = EXACT.get(name);
      if (exact == null) {
        for (var entry : PREFIXED.entrySet()) {
          if (name.startsWith(entry.getKey())) {
            prefixed = entry.getValue();
            rest = name.substring(entry.getKey().length());
            break;
          }
        }
      }
    }
    if (exact != null) {
      return exact.get();
    }
    if (prefixed != null) {
      return prefixed.apply(rest);
    }
    throw new IllegalArgumentException(unavailableReason(name).orElse("no client " + name));
  }
}
