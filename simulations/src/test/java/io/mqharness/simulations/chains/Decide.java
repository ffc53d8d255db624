package io.mqharness.simulations.chains;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;

/**
 * A commit or a rollback, whichever the session says (SPEC §6.5 rules 3 and 6), of the handles
 * under {@link Messages#HANDLES}: 204. For a run that draws the decision per message or per batch.
 */
public final class Decide {
  private Decide() {}

  /**
   * {@code decision}: a Gatling expression giving {@code commit} or {@code rollback}, e.g. {@code
   * "#{decision}"}; {@code name}: the request's name in Gatling's statistics, which may use the
   * same expression.
   */
  public static ChainBuilder decide(
      MqRequests on, String name, String decision, Recording recording) {
    return recording.send(Operation.DECIDE, on.decide(name, decision, Messages.HANDLES), 204);
  }
}
