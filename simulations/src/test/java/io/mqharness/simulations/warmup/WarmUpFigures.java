package io.mqharness.simulations.warmup;

/**
 * The run summary's {@code warmUp}: the configured warm-up {@code seconds} and the {@code requests}
 * it sent, none of which is in the run's figures.
 */
public record WarmUpFigures(int seconds, long requests) {}
