package io.mqharness.simulations.chains;

import io.gatling.javaapi.core.ChainBuilder;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;

/**
 * A publish (SPEC §4.2, §4.3) of the message the session holds ({@code publishBytes}, put there by
 * a message factory); its answer must be 201 with the body's MD5, and is saved as {@code
 * published}.
 */
public final class Publish {
  private Publish() {}

  /** The publish named {@code name} in Gatling's statistics (e.g. {@code "publish #{kind}"}). */
  public static ChainBuilder publish(MqRequests on, String name) {
    return publish(on, name, Recording.UNTRACKED);
  }

  /** As above, sent through {@code recording}. */
  public static ChainBuilder publish(MqRequests on, String name, Recording recording) {
    return recording.send(Operation.PUBLISH, on.publish(name), 201);
  }
}
