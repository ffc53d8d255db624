package io.mqharness.reports.gatling;

import java.util.List;

/**
 * The assertions table of a Gatling report: how many there were and the text of those that failed.
 */
public record GatlingAssertions(int total, List<String> failed) {

  public GatlingAssertions {
    failed = failed == null ? List.of() : List.copyOf(failed);
  }

  public static GatlingAssertions none() {
    return new GatlingAssertions(0, List.of());
  }
}
