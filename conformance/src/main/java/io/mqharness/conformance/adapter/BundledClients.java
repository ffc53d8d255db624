package io.mqharness.conformance.adapter;

import io.mqharness.conformance.adapter.driver.DriverClients;
import io.mqharness.conformance.adapter.javasdk.JavaSdkAdapter;
import io.mqharness.conformance.adapter.reference.ReferenceClientAdapter;

/**
 * The clients that come with the suite, registered with {@link ClientRegistry} in report order: the
 * reference client, the official Java SDK in-process, then the driver-process clients (Node.js and
 * Python SDKs, and {@code cmd:<command>} for any other driver).
 */
public final class BundledClients {
  private static boolean registered;

  private BundledClients() {}

  public static synchronized void registerAll() {
    if (registered) {
      return;
    }
    registered = true;
    ClientRegistry.register(ReferenceClientAdapter.NAME, ReferenceClientAdapter::new);
    ClientRegistry.register(JavaSdkAdapter.NAME, JavaSdkAdapter::new);
    DriverClients.register();
  }
}
