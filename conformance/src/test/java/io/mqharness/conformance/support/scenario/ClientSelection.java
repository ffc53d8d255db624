package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.ClientRegistry;
import java.util.Arrays;
import java.util.List;

/** Which clients a run checks: {@code -Dclient=all} (default: every bundled one), one name, or a comma list. */
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
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
