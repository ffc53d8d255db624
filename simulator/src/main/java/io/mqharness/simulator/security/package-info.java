/**
 * Who may use the simulator's admin APIs (WireMock's {@code /__admin/...} and the simulator's own
 * {@code /__admin/mq/...}): open on a loopback bind address, as before; on any other bind address
 * only requests that carry the admin token ({@link io.mqharness.simulator.security.AdminAccess}).
 * The protocol port itself is guarded by the protocol's own request signatures, untouched here.
 */
package io.mqharness.simulator.security;
