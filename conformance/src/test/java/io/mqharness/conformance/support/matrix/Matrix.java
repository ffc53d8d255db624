package io.mqharness.conformance.support.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The client x scenario matrix of one run. */
public final class Matrix {
  private final Map<String, ScenarioRow> rows = new LinkedHashMap<>();
  private final Set<String> clients = new LinkedHashSet<>();
  private String target = "embedded simulator";

  synchronized void record(ScenarioRow scenario, String client, Outcome outcome) {
    rows.computeIfAbsent(scenario.id(), id -> scenario).results().put(client, outcome);
    clients.add(client);
  }

  /**
   * Shows {@code client} under {@code label} instead, in every row and in the summary (a {@code
   * cmd:} client under the name its driver's {@code hello} gave); nothing happens when no outcome
   * of {@code client} was recorded.
   */
  synchronized void label(String client, String label) {
    if (client.equals(label) || !clients.contains(client)) {
      return;
    }
    Set<String> renamed = new LinkedHashSet<>();
    clients.forEach(c -> renamed.add(c.equals(client) ? label : c));
    clients.clear();
    clients.addAll(renamed);
    for (ScenarioRow row : rows.values()) {
      Outcome outcome = row.results().remove(client);
      if (outcome != null) {
        row.results().put(label, outcome);
      }
    }
  }

  synchronized void target(String description) {
    target = description;
  }

  public synchronized boolean isEmpty() {
    return rows.isEmpty();
  }

  public synchronized String target() {
    return target;
  }

  public synchronized List<String> clients() {
    return List.copyOf(clients);
  }

  /** Rows by group, then scenario name. */
  public synchronized List<ScenarioRow> rows() {
    List<ScenarioRow> sorted = new ArrayList<>(rows.values());
    sorted.sort(Comparator.comparing(ScenarioRow::group).thenComparing(ScenarioRow::id));
    return sorted;
  }

  /**
   * The reason a client was skipped as a whole: present when every scenario it was given was
   * skipped with the same reason (its SDK or runtime is not installed here, say).
   */
  public synchronized java.util.Optional<String> skippedClientReason(String client) {
    Set<String> reasons = new LinkedHashSet<>();
    for (ScenarioRow row : rows.values()) {
      Outcome outcome = row.results().get(client);
      if (outcome != null) {
        if (outcome.status() != Outcome.Status.SKIP) {
          return java.util.Optional.empty();
        }
        reasons.add(String.valueOf(outcome.reason()));
      }
    }
    return reasons.size() == 1
        ? java.util.Optional.of(reasons.iterator().next())
        : java.util.Optional.empty();
  }

  /** Per client: pass, fail, expected-fail and skip counts. */
  public synchronized Map<String, Map<Outcome.Status, Integer>> summary() {
    Map<String, Map<Outcome.Status, Integer>> summary = new LinkedHashMap<>();
    for (String client : clients) {
      Map<Outcome.Status, Integer> counts = new LinkedHashMap<>();
      for (Outcome.Status status : Outcome.Status.values()) {
        counts.put(status, 0);
      }
      for (ScenarioRow row : rows.values()) {
        Outcome outcome = row.results().get(client);
        if (outcome != null) {
          counts.merge(outcome.status(), 1, Integer::sum);
        }
      }
      summary.put(client, counts);
    }
    return summary;
  }
}
