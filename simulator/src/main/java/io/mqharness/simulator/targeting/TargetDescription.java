package io.mqharness.simulator.targeting;

import io.mqharness.simulator.testkit.SimulatorClockState;
import java.util.Optional;

/**
 * What the settings name, found out once per run: no {@code url}, the embedded simulator; a {@code
 * url} that answers {@code GET /__admin/mq/clock}, a standalone simulator (with its clock as it
 * answered); any other {@code url}, or any {@code url} with {@code asRealInstance}, a real
 * instance.
 */
public record TargetDescription(
    TargetKind kind, Optional<String> url, Optional<SimulatorClockState> simulatorClock) {

  /**
   * Probes {@code settings.url()} through the simulator's admin API unless it is empty or {@code
   * asRealInstance} is set (one GET without a signature, with the admin token when one is given, up
   * to 5 s). An endpoint that does not answer is a real instance.
   *
   * @throws IllegalStateException when the endpoint is a simulator whose admin API wants a token
   *     that is not given
   */
  public static TargetDescription of(TargetSettings settings) {
    if (settings.url().isEmpty()) {
      return new TargetDescription(
          TargetKind.EMBEDDED_SIMULATOR, Optional.empty(), Optional.empty());
    }
    String url = settings.url().get();
    Optional<SimulatorClockState> clock =
        settings.asRealInstance() ? Optional.empty() : settings.adminClient(url).clockState();
    return new TargetDescription(
        clock.isPresent() ? TargetKind.STANDALONE_SIMULATOR : TargetKind.REAL_INSTANCE,
        settings.url(),
        clock);
  }

  /**
   * True for a standalone simulator started with {@code --virtual-clock}; the embedded one's is the
   * run's choice.
   */
  public boolean virtualStandaloneClock() {
    return simulatorClock.map(SimulatorClockState::virtual).orElse(false);
  }

  /**
   * In words: {@code "standalone simulator at http://127.0.0.1:8080"}, {@code "embedded
   * simulator"}.
   */
  @Override
  public String toString() {
    return kind.words() + url.map(u -> " at " + u).orElse("");
  }
}
