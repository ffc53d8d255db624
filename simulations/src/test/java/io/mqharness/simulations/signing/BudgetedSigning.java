package io.mqharness.simulations.signing;

import io.gatling.http.client.Request;
import io.mqharness.simulations.guard.RequestBudget;
import java.util.function.Function;

/**
 * What a run's requests are signed with (Gatling's {@code sign(...)}): each request first takes one
 * from the run's {@link RequestBudget} ({@code mq.maxRequests}), then gets its {@link MqSignature}.
 */
public final class BudgetedSigning implements Function<Request, Request> {
  private final RequestBudget budget;
  private final MqSignature signature;

  /**
   * @param budget the run's cap on requests, one taken per request signed
   * @param signature the signing of each request (SPEC §3)
   */
  public BudgetedSigning(RequestBudget budget, MqSignature signature) {
    this.budget = budget;
    this.signature = signature;
  }

  /** This run's budget, spent by requests signed with another signature (a wrong key, say). */
  public BudgetedSigning with(MqSignature other) {
    return new BudgetedSigning(budget, other);
  }

  @Override
  public Request apply(Request request) {
    budget.take();
    return signature.apply(request);
  }
}
