package io.mqharness.conformance.support.expectation;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Judges one scenario run for one client against the run's {@link Expectations}. No entry: a pass
 * stands, a failure becomes an {@link UnexpectedFailure} naming scenario and client. An entry: a
 * failure becomes an {@link ExpectedFailure} (skipped with the reason), a pass becomes a {@link
 * StaleExpectation} (a failure). A skip stays a skip either way. {@code driverName} gives the name
 * a driver announced, once connected, so a user's file may name a {@code cmd:} client by it.
 */
public final class ExpectationCheck implements InvocationInterceptor {
  private final String client;
  private final Supplier<Optional<String>> driverName;
  private final Supplier<Expectations> expectations;

  public ExpectationCheck(
      String client, Supplier<Optional<String>> driverName, Supplier<Expectations> expectations) {
    this.client = client;
    this.driverName = driverName;
    this.expectations = expectations;
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    String scenario = extensionContext.getRequiredTestClass().getSimpleName();
    try {
      invocation.proceed();
    } catch (TestAbortedException skipped) {
      throw skipped;
    } catch (Throwable failure) {
      Optional<Expectation> expected = expected(scenario);
      throw expected.isPresent()
          ? new ExpectedFailure(expected.get(), failure)
          : new UnexpectedFailure(scenario, client, failure);
    }
    Optional<Expectation> expected = expected(scenario);
    if (expected.isPresent()) {
      throw new StaleExpectation(expected.get());
    }
  }

  private Optional<Expectation> expected(String scenario) {
    return expectations.get().find(scenario, client, driverName.get().orElse(null));
  }
}
