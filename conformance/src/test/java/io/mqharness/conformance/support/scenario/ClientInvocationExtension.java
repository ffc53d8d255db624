package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.driver.DriverProcessAdapter;
import io.mqharness.conformance.support.matrix.ConformanceMatrixListener;
import io.mqharness.conformance.support.targeting.ConformanceTarget;
import io.qameta.allure.Allure;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Sets up one client for one scenario run: skips when the client is unavailable, lacks a capability
 * the scenario needs, or the target lacks a feature it needs; otherwise connects the adapter, hands
 * it and a fresh {@link TargetControl} to the scenario, and closes both afterwards.
 */
final class ClientInvocationExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final String RUN_PREFIX = UUID.randomUUID().toString().substring(0, 6);

  private final String client;
  private final Supplier<ConformanceTarget> targetSupplier;
  private MqClientAdapter adapter;
  private TargetControl control;

  ClientInvocationExtension(String client, Supplier<ConformanceTarget> targetSupplier) {
    this.client = client;
    this.targetSupplier = targetSupplier;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ClientScenario scenario = context.getRequiredTestMethod().getAnnotation(ClientScenario.class);
    Allure.parameter("client", client);
    Allure.label("spec", scenario.spec());
    ClientRegistry.unavailableReason(client)
        .ifPresent(reason -> Assumptions.abort("client unavailable: " + reason));
    ConformanceTarget target = targetSupplier.get();
    context.publishReportEntry(ConformanceMatrixListener.TARGET_ENTRY, target.toString());
    for (TargetFeature need : scenario.needs()) {
      Assumptions.assumeTrue(
          target.kind().isSimulator(),
          () -> "needs " + need + ", which a real instance does not offer");
    }
    adapter = ClientRegistry.create(client);
    Set<Capability> missing = EnumSet.noneOf(Capability.class);
    missing.addAll(Arrays.asList(scenario.capabilities()));
    missing.removeAll(adapter.capabilities());
    driverName()
        .ifPresent(
            name -> context.publishReportEntry(ConformanceMatrixListener.CLIENT_LABEL_ENTRY, name));
    if (!missing.isEmpty()) {
      closeAdapter();
      Assumptions.abort(client + " lacks " + missing);
    }
    adapter.connect(target.endpoint());
    control = new TargetControl(target, RUN_PREFIX + RUNS.incrementAndGet());
    if (!target.kind().isSimulator()) {
      RealInstanceDrain.drain(adapter, control);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (control != null) {
        control.cleanUp();
      }
    } finally {
      closeAdapter();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == MqClientAdapter.class || type == TargetControl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MqClientAdapter.class ? adapter : control;
  }

  /**
   * The name a driver-process client announced in its {@code hello}; empty for in-process clients.
   */
  Optional<String> driverName() {
    return adapter instanceof DriverProcessAdapter driver ? driver.driverName() : Optional.empty();
  }

  private void closeAdapter() {
    if (adapter != null) {
      adapter.close();
      adapter = null;
    }
  }
}
