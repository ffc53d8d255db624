package io.mqharness.simulations.assertions;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Assertion;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.settings.HarnessSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's objective as Gatling assertions ({@code mq.assert.*}): the 99th percentile of each
 * of {@code latencyGroups} under {@code mq.assert.p99Ms} (raised by the longest injected delay),
 * failed requests at most {@code mq.assert.maxErrorPercent} %, and, when given, at least {@code
 * mq.assert.minRequestsPerSec}.
 */
public final class StandardAssertions {
  private StandardAssertions() {}

  /**
   * The assertions of {@code run}, its latency judged on {@code latencyGroups}, each of which must
   * have run.
   */
  public static List<Assertion> standardAssertions(HarnessRun run, String... latencyGroups) {
    HarnessSettings settings = run.settings();
    HarnessSettings.Thresholds t = settings.thresholds();
    List<Assertion> out = new ArrayList<>();
    // Long polls wait by design, so the latency threshold is on the groups around every other
    // request; an injected
    // delay adds to it (the delayed requests are the p99 by design).
    int p99 = (int) (t.p99Millis() + run.faults().longestDelay().toMillis());
    for (String group : latencyGroups) {
      out.add(details(group).responseTime().percentile(99.0).lt(p99));
    }
    // With faults, the KOs they cause are expected: the harness judges the others
    // (HarnessRun.after), when it tells
    // them apart.
    if (run.faults().isEmpty() || !run.tracksOutcomes()) {
      out.add(global().failedRequests().percent().lte(t.maxErrorPercent()));
    }
    // Scaled out, no injector sees the whole run's throughput: ./harness merge checks the floor
    // over the merged log.
    if (t.minRequestsPerSec() > 0 && !settings.injectors().partial()) {
      out.add(global().requestsPerSec().gte(t.minRequestsPerSec()));
    }
    return out;
  }
}
