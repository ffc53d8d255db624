package io.mqharness.conformance.meta;

import io.mqharness.conformance.support.expectation.Expectations;
import io.mqharness.conformance.support.targeting.ConformanceTarget;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.targeting.TargetKey;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one scenario class through the JUnit Platform Launcher against a given simulator (as a
 * standalone target) with one client. Auto-registered listeners stay off, so these nested runs
 * leave no trace in the matrix or in the Allure results. The run's own target settings ({@code
 * -Dmq.target.*}, {@code MQ_TARGET_*}, {@code mq.target.config}) do not reach these nested runs
 * where it matters: every key that would change what the simulator is taken for, or how the client
 * signs, is given here as a configuration parameter, which wins.
 */
final class ScenarioRun {
  private ScenarioRun() {}

  static TestExecutionSummary run(String scenario, MqSimulator simulator, String client) {
    return run(scenario, simulator, client, "");
  }

  /**
   * As {@link #run(String, MqSimulator, String)}, judged against the expectations file {@code
   * expectations} alone (empty: none, so every failure stands); the bundled files are left out.
   */
  static TestExecutionSummary run(
      String scenario, MqSimulator simulator, String client, String expectations) {
    return run(scenario, simulator, client, expectations, new TestExecutionListener() {});
  }

  /** As above, with {@code listener} also told of every event. */
  static TestExecutionSummary run(
      String scenario,
      MqSimulator simulator,
      String client,
      String expectations,
      TestExecutionListener listener) {
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(scenario))
            .configurationParameter(TargetKey.URL.property(), simulator.baseUrl())
            .configurationParameter(TargetKey.AS_REAL_INSTANCE.property(), "false")
            .configurationParameter(
                TargetKey.ACCESS_KEY_ID.property(), SimulatorOptions.DEFAULT_ACCESS_KEY_ID)
            .configurationParameter(
                TargetKey.ACCESS_KEY_SECRET.property(), SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET)
            .configurationParameter(
                TargetKey.INSTANCE_ID.property(), ConformanceTarget.DEFAULT_INSTANCE_ID)
            .configurationParameter("client", client)
            .configurationParameter(Expectations.DIR_KEY, "")
            .configurationParameter(Expectations.FILES_KEY, expectations)
            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary, listener);
    return summary.getSummary();
  }
}
