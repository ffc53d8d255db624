package io.mqharness.simulator.engine;

/** Where an undecided transactional message stands (SPEC §6.5). */
enum HalfState {
  /** Within its check immunity time: only the publish handle can decide it; no pop sees it. */
  HALF_IMMUNE,
  /** Offered to the next half pop. */
  HALF_CHECKABLE,
  /** Popped; the latest pop handle can decide it until the re-check window ends. */
  HALF_CHECKING
}
