package io.mqharness.simulations.harness;

import io.mqharness.simulations.faults.FaultPlan;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.warmup.WarmUp;
import io.mqharness.simulations.warmup.WarmUpLoad;

/**
 * The guard rail printed before a run sends anything: where to, with what parameters, faults, plan
 * and caps.
 */
final class Announcement {
  private Announcement() {}

  static void print(HarnessRun run, String simulation, WarmUpLoad eachWarmUpUser, String plan) {
    HarnessSettings settings = run.settings();
    WarmUp warmUp = run.warmUp();
    FaultPlan faults = run.faults();
    System.out.println(
        "== "
            + simulation
            + " against "
            + run.target().baseUrl()
            + " ("
            + run.target().description().kind().words()
            + ")");
    run.parameters().forEach((key, value) -> System.out.printf("   %-14s %s%n", key, value));
    System.out.println(
        "   warm-up        "
            + warmUp.describe()
            + (warmUp.enabled()
                ? ", each "
                    + eachWarmUpUser.eachUser()
                    + "; silent: in no figure, report or assertion"
                : ""));
    faults.faults().forEach(fault -> System.out.println("   fault          " + fault.describe()));
    if (!faults.isEmpty()) {
      System.out.println(
          "   with faults    "
              + (run.tracksOutcomes()
                  ? "KOs of a fault's kind on its requests are the fault's; any other KO counts against "
                      + settings.thresholds().maxErrorPercent()
                      + " % of the requests"
                  : "every KO counts against mq.assert.maxErrorPercent (this simulation does not tell KOs apart)")
              + (faults.longestDelay().isZero()
                  ? ""
                  : "; the p99 threshold is raised by the longest delay, "
                      + faults.longestDelay().toMillis()
                      + " ms"));
    }
    System.out.println("   planned        " + plan);
    String producersStop =
        run.budget().producerLimit() < settings.maxRequests()
            ? " (producers stop at "
                + run.budget().producerLimit()
                + ", the rest is kept for consumers to drain)"
            : "";
    System.out.println(
        "   stops after    "
            + settings.maxRequests()
            + " requests"
            + producersStop
            + " or "
            + run.maxDuration().toSeconds()
            + " s, whichever comes first");
  }
}
