package io.mqharness.protocol.sign;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A case-insensitive header lookup for verifier tests. */
final class Headers {
  private Headers() {}

  static Function<String, String> of(Map<String, String> headers) {
    TreeMap<String, String> lookup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    lookup.putAll(headers);
    return lookup::get;
  }
}
