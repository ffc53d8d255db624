package io.mqharness.simulations.outcomes;

import io.mqharness.simulations.faults.Fault;
import io.mqharness.simulations.faults.FaultKind;
import io.mqharness.simulations.faults.Operation;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every measured request's outcome, by operation and, for a KO, by {@link KoKind}; and for each
 * fault of the run, the requests it could pick ({@code exposed}: of its operation, started while
 * its stub was in place, and not taken by a fault tried before it, whose stub then answered
 * instead) and those that ended as it makes them end ({@code hit}: its KO, or for a delay an answer
 * at least that late). Thread-safe.
 */
public final class RequestOutcomes {
  private final List<Fault> faults;
  private final Duration requestTimeout;
  private final Map<Operation, LongAdder> requests = new EnumMap<>(Operation.class);
  private final Map<Operation, Map<KoKind, LongAdder>> kos = new EnumMap<>(Operation.class);
  private final LongAdder[] exposed;
  private final LongAdder[] hit;

  /**
   * {@code faults}: the run's, in order (bit i of an active mask is fault i); {@code
   * requestTimeout}: Gatling's.
   */
  public RequestOutcomes(List<Fault> faults, Duration requestTimeout) {
    this.faults = List.copyOf(faults);
    this.requestTimeout = requestTimeout;
    for (Operation operation : Operation.values()) {
      requests.put(operation, new LongAdder());
      Map<KoKind, LongAdder> byKind = new EnumMap<>(KoKind.class);
      for (KoKind kind : KoKind.values()) {
        byKind.put(kind, new LongAdder());
      }
      kos.put(operation, byKind);
    }
    exposed = new LongAdder[faults.size()];
    hit = new LongAdder[faults.size()];
    for (int i = 0; i < faults.size(); i++) {
      exposed[i] = new LongAdder();
      hit[i] = new LongAdder();
    }
  }

  /**
   * One request of {@code operation}, started while the faults of {@code activeMask} were in place:
   * answered with {@code status} (null: no answer), {@code failed} or not, after {@code
   * elapsedMillis}; {@code expected} are the statuses it accepts. Returns its KO kind, or null when
   * it passed.
   */
  public KoKind record(
      Operation operation,
      int activeMask,
      Integer status,
      boolean failed,
      long elapsedMillis,
      List<Integer> expected) {
    requests.get(operation).increment();
    KoKind ko = failed ? classify(status, elapsedMillis, expected) : null;
    if (ko != null) {
      kos.get(operation).get(ko).increment();
    }
    for (int i = 0; i < faults.size(); i++) {
      Fault fault = faults.get(i);
      if ((activeMask & (1 << i)) != 0 && fault.covers(operation)) {
        exposed[i].increment();
        boolean itsEnd =
            fault.kind() == FaultKind.DELAY
                ? elapsedMillis >= fault.delay().toMillis() || ko == KoKind.TIMEOUT
                : ko == fault.kind().ko();
        if (itsEnd) {
          hit[i].increment();
          break; // this fault's stub answered: the faults after it never saw the request
        }
      }
    }
    return ko;
  }

  private KoKind classify(Integer status, long elapsedMillis, List<Integer> expected) {
    if (status == null) {
      return elapsedMillis >= requestTimeout.toMillis() - 50 ? KoKind.TIMEOUT : KoKind.CONNECTION;
    }
    if (status == 500) {
      return KoKind.STATUS_500;
    }
    return expected.contains(status) ? KoKind.CHECK : KoKind.OTHER_STATUS;
  }

  /** Every request recorded so far. */
  public long requests() {
    return requests.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** KOs of {@code kind} over every operation. */
  public long kos(KoKind kind) {
    return kos.values().stream().mapToLong(byKind -> byKind.get(kind).sum()).sum();
  }

  /** Every KO recorded. */
  public long kos() {
    return kos.values().stream()
        .flatMap(byKind -> byKind.values().stream())
        .mapToLong(LongAdder::sum)
        .sum();
  }

  /** Requests fault {@code i} could pick, and those that ended its way. */
  public long exposed(int i) {
    return exposed[i].sum();
  }

  public long hit(int i) {
    return hit[i].sum();
  }

  /**
   * KOs no fault explains: every KO less those that ended the way a fault in place made them end.
   */
  public long unexplainedKos() {
    long explained = 0;
    for (int i = 0; i < faults.size(); i++) {
      if (faults.get(i).kind() != FaultKind.DELAY
          || faults.get(i).delay().compareTo(requestTimeout) >= 0) {
        explained += hit[i].sum();
      }
    }
    return Math.max(0, kos() - explained);
  }

  /**
   * The summary's {@code requests}: for each operation that ran, its requests and KOs by kind
   * (kinds with none left out), e.g. {@code {"publish": {"requests": 1200, "ko": {"status500":
   * 118}}}}.
   */
  public Map<String, Map<String, Object>> byOperation() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    requests.forEach(
        (operation, count) -> {
          if (count.sum() == 0) {
            return;
          }
          Map<String, Long> byKind = new LinkedHashMap<>();
          kos.get(operation)
              .forEach(
                  (kind, n) -> {
                    if (n.sum() > 0) {
                      byKind.put(kind.word(), n.sum());
                    }
                  });
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("requests", count.sum());
          one.put("ko", byKind);
          out.put(operation.word(), one);
        });
    return out;
  }
}
