package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.ClientRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which clients a run checks: {@code -Dclient=all} (default: every bundled one), one name, or a
 * comma list.
 */
final class ClientSelection {
  static final String KEY = "client";

  private ClientSelection() {}

  static List<String> parse(String value) {
    BundledClients.registerAll();
    if (value == null || value.isBlank() || value.trim().equals("all")) {
      return List.copyOf(ClientRegistry.bundledNames());
    }
    if (value.trim().startsWith("cmd:")) {
      return List.of(value.trim());
    }
    List<String> names =
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String name : names) {
      // A client found MISSING by tools/find-clients.sh is known (and skipped with its reason); a
      // name no one knows
      // is a mistake, which would otherwise skip every scenario and leave the run green.
      if (!ClientRegistry.bundledNames().contains(name)
          && ClientRegistry.unavailableReason(name).isPresent()) {
        throw new IllegalArgumentException(
            "-D" + KEY + "=" + value + ": " + ClientRegistry.unavailableReason(name).get());
      }
    }
    return names;
  }

  /**
   * Options users guess for the client or the scenarios, which nothing reads: refused, naming the
   * real one, rather than running every client and scenario as if they were not given.
   *
   * @throws IllegalArgumentException when one of them is set
   */
  static void refuseMisspelledOptions(UnaryOperator<String> properties) {
    Map<String, String> realOnes =
        Map.of(
            "conformance.clients", "-D" + KEY + "=NAME[,NAME...]",
            "conformance.client", "-D" + KEY + "=NAME[,NAME...]",
            "clients", "-D" + KEY + "=NAME[,NAME...]",
            "conformance.scenario", "-Dtest=SCENARIO (a class name or a pattern such as Hung*)",
            "scenario", "-Dtest=SCENARIO (a class name or a pattern such as Hung*)");
    realOnes.forEach(
        (guess, real) -> {
          if (properties.apply(guess) != null) {
            throw new IllegalArgumentException(
                "-D" + guess + " is not an option of the suite: use " + real);
          }
        });
  }
}
