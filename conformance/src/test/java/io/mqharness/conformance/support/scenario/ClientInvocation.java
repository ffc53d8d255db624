package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.support.expectation.ExpectationCheck;
import io.mqharness.conformance.support.expectation.Expectations;
import io.mqharness.conformance.support.targeting.ConformanceTarget;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One scenario run for one client; its display name is the client's name (the matrix column). The
 * client is set up and torn down around the run, and its result judged against the run's
 * expectations.
 */
record ClientInvocation(
    String client, Supplier<ConformanceTarget> target, Supplier<Expectations> expectations)
    implements TestTemplateInvocationContext {
  @Override
  public String getDisplayName(int invocationIndex) {
    return client;
  }

  @Override
  public List<Extension> getAdditionalExtensions() {
    ClientInvocationExtension setUp = new ClientInvocationExtension(client, target);
    return List.of(setUp, new ExpectationCheck(client, setUp::driverName, expectations));
  }
}
