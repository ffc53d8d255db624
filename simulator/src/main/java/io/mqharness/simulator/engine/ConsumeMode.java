package io.mqharness.simulator.engine;

/**
 * Which stream a GET reads: normal consume, orderly consume ({@code trans=order}), half pop ({@code
 * trans=pop}).
 */
public enum ConsumeMode {
  NORMAL,
  ORDERED,
  HALF
}
