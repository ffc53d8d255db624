package io.mqharness.simulator.health;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.simulator.MqSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory leak on purpose, for proving that a soak run sees one: every request the simulator
 * serves is copied (method, URL, headers, body: {@link LoggedRequest}) into a list that is never
 * emptied. Switched on only by the standalone simulator's hidden option {@code
 * --debug-leak-requests}; never in ordinary use.
 */
public final class PlantedLeak {
  private final List<LoggedRequest> kept = new ArrayList<>();

  private PlantedLeak() {}

  /**
   * Starts keeping every request {@code simulator} serves from now on; returns the leak, to ask its
   * size.
   */
  @SuppressWarnings(
      "deprecation") // the request listener is the one hook that sees every request with no stub of
  // its own
  public static PlantedLeak plantIn(MqSimulator simulator) {
    PlantedLeak leak = new PlantedLeak();
    simulator
        .wireMock()
        .addMockServiceRequestListener(
            (request, response) -> leak.keep(LoggedRequest.createFrom(request)));
    return leak;
  }

  private synchronized void keep(LoggedRequest request) {
    kept.add(request);
  }

  /** Requests kept so far. */
  public synchronized int size() {
    return kept.size();
  }
}
