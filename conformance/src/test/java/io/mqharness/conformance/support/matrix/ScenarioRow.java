package io.mqharness.conformance.support.matrix;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One scenario (a class and method) and each client's outcome on it. */
public record ScenarioRow(
    String id,
    String group,
    String scenario,
    String behaviour,
    String spec,
    Map<String, Outcome> results) {
  static ScenarioRow of(String id, String group, String scenario, String behaviour, String spec) {
    return new ScenarioRow(id, group, scenario, behaviour, spec, new ConcurrentHashMap<>());
  }
}
