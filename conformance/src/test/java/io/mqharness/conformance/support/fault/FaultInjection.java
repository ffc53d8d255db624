package io.mqharness.conformance.support.fault;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * Stubs that answer instead of the simulator's engine (whose catch-all has priority 1000) for one
 * scenario, and are removed after it. Works on the embedded simulator and, through WireMock's admin
 * API, on a standalone one.
 */
public final class FaultInjection {
  /** Above the engine and above WireMock's default priority 5. */
  public static final int FAULT_PRIORITY = 1;

  private final WireMock wireMock;
  private final List<StubMapping> added = new ArrayList<>();

  public FaultInjection(WireMock wireMock) {
    this.wireMock = wireMock;
  }

  public StubMapping inject(MappingBuilder mapping) {
    StubMapping stub = wireMock.register(mapping.atPriority(FAULT_PRIORITY));
    synchronized (added) {
      added.add(stub);
    }
    return stub;
  }

  /** Lets the engine answer again. */
  public void removeAll() {
    synchronized (added) {
      added.forEach(wireMock::removeStubMapping);
      added.clear();
    }
  }
}
