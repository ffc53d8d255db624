package io.mqharness.simulations.scaleout;

import io.mqharness.simulations.harness.RunSummary;
import io.mqharness.simulations.history.LatencyRecorder;
import io.mqharness.simulations.history.MessageLedger;
import io.mqharness.simulations.history.MessageLedger.Publication;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Adds up the partial summaries of a scaled-out run's injectors into the figures of the whole run:
 * counters summed, rates ({@code <counter>PerSecond}) over the whole run (earliest start to latest
 * end), and, for a simulation that keeps a history, one ledger and one latency histogram of every
 * injector's, judged as one run's. A message one injector published and another delivered is
 * delivered; one published and delivered by none is lost.
 */
public final class RunMerge {

  private RunMerge() {}

  /**
   * The whole run of {@code parts}: one per injector, every index of the run present once.
   *
   * @throws IllegalArgumentException when the parts are not the complete set of injectors of one
   *     run of one simulation (a missing injector's messages would count as lost)
   */
  public static MergedRun merge(List<InjectorPart> parts) {
    List<InjectorPart> sorted = complete(parts);
    InjectorPart first = sorted.get(0);
    Instant started =
        sorted.stream().map(InjectorPart::startedAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant ended =
        sorted.stream().map(InjectorPart::endedAt).max(Comparator.naturalOrder()).orElseThrow();
    Duration elapsed = Duration.between(started, ended);
    List<String> problems = new ArrayList<>();
    Map<String, Number> metrics = new LinkedHashMap<>();

    Map<String, Long> counters = new LinkedHashMap<>();
    Set<String> rated = new TreeSet<>();
    for (InjectorPart part : sorted) {
      part.partial().counters().forEach((key, value) -> counters.merge(key, value, Long::sum));
      part.summary()
          .path("metrics")
          .fieldNames()
          .forEachRemaining(
              key -> {
                if (key.endsWith("PerSecond")) {
                  rated.add(key);
                }
              });
    }
    metrics.putAll(counters);
    for (String rate : rated) {
      Long count = counters.get(rate.substring(0, rate.length() - "PerSecond".length()));
      if (count != null) {
        metrics.put(rate, perSecond(count, elapsed));
      }
    }

    boolean historyPassed = true;
    if (sorted.stream().anyMatch(part -> part.partial().hasHistory())) {
      historyPassed = judgeHistory(sorted, metrics, problems);
    }

    boolean partsPassed = true;
    Set<String> targets = new TreeSet<>();
    for (InjectorPart part : sorted) {
      targets.add(part.summary().path("target").asText());
      partsPassed &= part.summary().path("passed").asBoolean(true);
      part.summary()
          .path("problems")
          .forEach(
              problem ->
                  problems.add("injector " + part.share().index() + ": " + problem.asText()));
    }
    Instant lastStart =
        sorted.stream().map(InjectorPart::startedAt).max(Comparator.naturalOrder()).orElseThrow();
    Instant firstEnd =
        sorted.stream().map(InjectorPart::endedAt).min(Comparator.naturalOrder()).orElseThrow();
    if (lastStart.isAfter(firstEnd)) {
      problems.add(
          "the injectors did not all run at once (one started "
              + Duration.between(started, lastStart).toSeconds()
              + " s after the first, after another had ended): the rates and latencies are not those of their load together");
    }
    if (targets.size() > 1) {
      problems.add("the injectors loaded different targets " + targets + ": not one run");
    }

    Map<String, String> parameters = new LinkedHashMap<>();
    first
        .summary()
        .path("parameters")
        .fields()
        .forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
    parameters.put(
        "injectors",
        sorted.size()
            + " injectors, merged: users/s, users, consumers and caps above are"
            + " injector 0's share");
    List<String> dirs = sorted.stream().map(part -> part.dir().toString()).toList();
    double floor =
        sorted.stream().mapToDouble(part -> part.partial().minRequestsPerSec()).max().orElse(0);
    RunSummary summary =
        RunSummary.of(
            first.simulation(),
            started,
            ended,
            String.join(", ", targets),
            parameters,
            metrics,
            problems,
            historyPassed && partsPassed && targets.size() == 1);
    return new MergedRun(summary, dirs, floor);
  }

  /**
   * One ledger and one histogram of every injector's; returns whether the history passes (nothing
   * lost or forbidden).
   */
  private static boolean judgeHistory(
      List<InjectorPart> parts, Map<String, Number> metrics, List<String> problems) {
    MessageLedger ledger = new MessageLedger();
    LatencyRecorder latency = new LatencyRecorder();
    Map<String, Integer> publisher = new HashMap<>();
    List<String> publishedTwice = new ArrayList<>();
    for (InjectorPart part : parts) {
      int index = part.share().index();
      Map<String, Publication> published =
          part.partial().published() == null ? Map.of() : part.partial().published();
      published.forEach(
          (id, publication) -> {
            if (publisher.putIfAbsent(id, index) != null) {
              publishedTwice.add(id);
            }
            ledger.published(id, publication.kind(), publication.fate());
          });
      if (part.partial().e2eHistogram() != null) {
        latency.addEncoded(part.partial().e2eHistogram());
      }
    }
    long deliveredElsewhere = 0;
    for (InjectorPart part : parts) {
      int index = part.share().index();
      Map<String, Integer> delivered =
          part.partial().delivered() == null ? Map.of() : part.partial().delivered();
      for (Map.Entry<String, Integer> delivery : delivered.entrySet()) {
        ledger.delivered(delivery.getKey(), delivery.getValue());
        Integer by = publisher.get(delivery.getKey());
        if (by != null && by != index) {
          deliveredElsewhere++;
        }
      }
    }
    Verdict verdict = ledger.verdict();
    metrics.put("published", verdict.published());
    metrics.put("expected", verdict.expected());
    metrics.put("delivered", verdict.deliveredDistinct());
    metrics.put("deliveredByAnotherInjector", deliveredElsewhere);
    metrics.put("lost", verdict.lost().size());
    metrics.put("duplicated", verdict.duplicated().size());
    metrics.put("unexpected", verdict.unexpected().size());
    metrics.put("rolledBackDelivered", verdict.rolledBackDelivered().size());
    metrics.putAll(latency.metrics("e2e"));
    problems.addAll(verdict.problems());
    if (!publishedTwice.isEmpty()) {
      problems.add(
          publishedTwice.size()
              + " message id(s) published by more than one injector, e.g. "
              + publishedTwice.stream().limit(3).toList()
              + ": the service handed out one id twice");
    }
    return verdict.passed() && publishedTwice.isEmpty();
  }

  private static List<InjectorPart> complete(List<InjectorPart> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no injector's results to merge");
    }
    List<InjectorPart> sorted =
        parts.stream().sorted(Comparator.comparingInt(p -> p.share().index())).toList();
    InjectorPart first = sorted.get(0);
    int count = first.share().count();
    for (InjectorPart part : sorted) {
      if (!part.simulation().equals(first.simulation())) {
        throw new IllegalArgumentException(
            part.dir()
                + " holds a run of "
                + part.simulation()
                + ", "
                + first.dir()
                + " of "
                + first.simulation()
                + ": only the injectors of one run merge");
      }
      if (part.share().count() != count) {
        throw new IllegalArgumentException(
            part.dir()
                + " is "
                + part.share().describe()
                + ", "
                + first.dir()
                + " "
                + first.share().describe()
                + ": only the injectors of one run merge");
      }
    }
    List<Integer> indexes = sorted.stream().map(p -> p.share().index()).toList();
    List<Integer> all = IntStream.range(0, count).boxed().toList();
    if (!indexes.equals(all)) {
      throw new IllegalArgumentException(
          "the run had "
              + count
              + " injectors (0.."
              + (count - 1)
              + "), the folders"
              + " given hold injectors "
              + indexes
              + ": give every injector's folder once (a missing injector's"
              + " messages would count as lost)");
    }
    return sorted;
  }

  private static double perSecond(long count, Duration elapsed) {
    return elapsed.isZero() ? 0 : Math.round(count * 1000.0 / elapsed.toMillis() * 10) / 10.0;
  }
}
