package io.mqharness.archrules;

/**
 * Whether other modules call a module's public members: that decides which members count as unused.
 */
public enum ModuleKind {
  /**
   * Other modules use its public classes' public members (protocol, the simulator): those are its
   * API.
   */
  LIBRARY,
  /**
   * Nothing outside calls it (conformance, simulations, reports, benchmarks): every member needs a
   * caller.
   */
  APPLICATION
}
