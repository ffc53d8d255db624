package io.mqharness.simulations.soak;

import java.util.List;

/**
 * The run summary's {@code soak}: how it sampled ({@code sampleSeconds}, {@code explicitGc}), the
 * part of the load its trends are judged over ({@code judgedFromSeconds} to {@code
 * judgedToSeconds}), every sample (the drain's too), the trends of the heap, threads and
 * connections (stored messages are shown, not judged), and whether none grows ({@code passed}).
 */
public record SoakFigures(
    double sampleSeconds,
    boolean explicitGc,
    double judgedFromSeconds,
    double judgedToSeconds,
    List<SoakSample> samples,
    List<Trend> trends,
    boolean passed) {

  public SoakFigures {
    samples = List.copyOf(samples);
    trends = List.copyOf(trends);
  }
}
