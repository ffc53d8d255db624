package io.mqharness.conformance.meta;

import io.mqharness.mock.MqSimulator;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one scenario class through the JUnit Platform Launcher against a given simulator (as a standalone target)
 * with one client. Auto-registered listeners stay off, so these nested runs leave no trace in the matrix or in
 * the Allure results.
 */
final class ScenarioRun {
  private ScenarioRun() {}

  static TestExecutionSummary run(String scenario, MqSimulator simulator, String client) {
    Launcher launcher = LauncherFactory.create(
        LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(scenario))
        .configurationParameter("target.url", simulator.baseUrl())
        .configurationParameter("client", client)
        .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
        .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    return summary.getSummary();
  }
}
