package io.mqharness.simulations.injection;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.simulations.guard.RequestBudget;
import io.mqharness.simulations.harness.HarnessRun;
import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulations.settings.HarnessSettings.LoadModel;
import java.time.Duration;

/**
 * The harness's injection profiles. Producers follow {@code mq.model}: open ({@code mq.usersPerSec}
 * users/s after a ramp of {@code mq.rampSeconds}, one message each) or closed ({@code mq.users}
 * producers, each producing message after message for {@code mq.durationSeconds}); both stop at the
 * request cap's producer share. Consumers and checkers are a fixed number of long-polling users.
 * The warm-up before them is {@link HarnessRun#afterWarmUp}; a capacity search's steps are {@code
 * StepPlan.injection()}.
 */
public final class Injection {
  private Injection() {}

  /** The producers named {@code name}, each sending {@code oneMessage}, by the run's load model. */
  public static PopulationBuilder producers(HarnessRun run, String name, ChainBuilder oneMessage) {
    HarnessSettings settings = run.settings();
    RequestBudget budget = run.budget();
    if (settings.model() == LoadModel.OPEN) {
      return scenario(name)
          .exitHereIf(session -> budget.closedToProducers())
          .exec(oneMessage)
          .injectOpen(
              rampUsersPerSec(1).to(settings.usersPerSec()).during(settings.ramp()),
              constantUsersPerSec(settings.usersPerSec())
                  .during(settings.duration().minus(settings.ramp())));
    }
    return scenario(name)
        .asLongAsDuring(session -> !budget.closedToProducers(), settings.duration())
        .on(exec(Session::markAsSucceeded).exec(oneMessage))
        .injectOpen(atOnceUsers(settings.concurrentUsers()));
  }

  /**
   * {@code users} pollers named {@code name}, each repeating {@code onePoll} for {@code during} or
   * until the request cap is spent.
   */
  public static PopulationBuilder pollers(
      HarnessRun run, String name, int users, Duration during, ChainBuilder onePoll) {
    RequestBudget budget = run.budget();
    return pollers(
        scenario(name).asLongAsDuring(session -> !budget.spent(), during).on(onePoll), users);
  }

  /** {@code scenario} started by {@code users} users at once. */
  public static PopulationBuilder pollers(ScenarioBuilder scenario, int users) {
    return scenario.injectOpen(atOnceUsers(users));
  }

  /**
   * {@code mq.consumers} consumers named {@code name}, each polling with {@code onePoll} while the
   * run consumes.
   */
  public static PopulationBuilder consumers(HarnessRun run, String name, ChainBuilder onePoll) {
    return pollers(run, name, run.settings().consumers(), run.consumingTime(), onePoll);
  }

  /**
   * Producer users the open model plans (ramp and steady rate); -1 for the closed model, which has
   * only the cap.
   */
  public static long plannedProducerUsers(HarnessSettings settings) {
    if (settings.model() == LoadModel.CLOSED) {
      return -1;
    }
    double ramp = settings.ramp().toMillis() / 1000.0;
    double steady = settings.duration().minus(settings.ramp()).toMillis() / 1000.0;
    return Math.round((1 + settings.usersPerSec()) / 2 * ramp + settings.usersPerSec() * steady);
  }

  /**
   * What the announcement says of the producers, e.g. {@code about 95 publishes}; {@code closed}:
   * closed model.
   */
  public static String plannedProducers(HarnessSettings settings, String what, String closed) {
    long users = plannedProducerUsers(settings);
    return users < 0 ? closed : "about " + users + " " + what;
  }
}
