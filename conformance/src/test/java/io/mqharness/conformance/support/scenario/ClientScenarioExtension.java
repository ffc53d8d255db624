package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.support.expectation.Expectations;
import io.mqharness.conformance.support.targeting.ConformanceTarget;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link ClientScenario} once per selected client, against the one target of the run,
 * judged against the run's one set of expectations.
 */
final class ClientScenarioExtension implements TestTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ClientScenarioExtension.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getRequiredTestMethod().isAnnotationPresent(ClientScenario.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    ClientSelection.refuseMisspelledOptions(System::getProperty);
    String clients =
        context
            .getConfigurationParameter(ClientSelection.KEY)
            .filter(v -> !v.isBlank())
            .orElse("all");
    return ClientSelection.parse(clients).stream()
        .map(
            client ->
                new ClientInvocation(client, () -> target(context), () -> expectations(context)));
  }

  /**
   * The run's expected outcomes, read once: the bundled files and the user's ({@link
   * Expectations}).
   */
  static Expectations expectations(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Expectations.class,
            key -> Expectations.load(context::getConfigurationParameter),
            Expectations.class);
  }

  /**
   * One target per run, from the {@code mq.target.*} settings, closed when the run ends; one that
   * does not answer fails every scenario with the reason (asked once: {@link TargetReachability}).
   */
  static ConformanceTarget target(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    TargetFailure failure =
        store.getOrComputeIfAbsent(
            TargetFailure.class,
            key -> {
              try {
                ConformanceTarget target =
                    ConformanceTarget.open(
                        ConformanceTarget.settings(context::getConfigurationParameter));
                store.put(ConformanceTarget.class, target);
                TargetReachability.requireAnswer(target.endpoint().url());
                return new TargetFailure(null);
              } catch (RuntimeException e) {
                return new TargetFailure(e);
              }
            },
            TargetFailure.class);
    if (failure.error() != null) {
      throw new IllegalStateException(failure.error().getMessage(), failure.error());
    }
    return store.get(ConformanceTarget.class, ConformanceTarget.class);
  }

  /** Whether opening the run's target failed (null: it did not). */
  private record TargetFailure(RuntimeException error) {}
}
