package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.support.target.Target;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One scenario run for one client; its display name is the client's name (the matrix column). */
record ClientInvocation(String client, Supplier<Target> target) implements TestTemplateInvocationContext {
  @Override
  public String getDisplayName(int invocationIndex) {
    return client;
  }

  @Override
  public List<Extension> getAdditionalExtensions() {
    return List.of(new ClientInvocationExtension(client, target));
  }
}
