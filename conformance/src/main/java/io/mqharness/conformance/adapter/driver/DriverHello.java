package io.mqharness.conformance.adapter.driver;

import io.mqharness.conformance.adapter.Capability;
import java.util.Set;

/** What a driver said about itself in answer to {@code hello}. */
record DriverHello(String name, String sdk, String sdkVersion, Set<Capability> capabilities) {
  DriverHello {
    capabilities = Set.copyOf(capabilities);
  }
}
