package io.mqharness.conformance.support.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.adapter.BundledClients;
import io.mqharness.conformance.adapter.ClientRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The expectations files that come with the suite name real clients and real scenarios, each with
 * its evidence.
 */
class BundledExpectationsTest {
  private static final Path DIR = Path.of(System.getProperty(Expectations.DIR_KEY, "expectations"));

  @Test
  void everyEntryNamesABundledClientAnExistingScenarioAndItsEvidence() {
    Expectations bundled =
        Expectations.load(
            key ->
                key.equals(Expectations.DIR_KEY)
                    ? java.util.Optional.of(DIR.toString())
                    : java.util.Optional.empty());
    BundledClients.registerAll();
    Set<String> scenarios = scenarioClasses();

    assertThat(bundled.files()).isNotEmpty();
    assertThat(bundled.all())
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(ClientRegistry.bundledNames())
                  .as("client of %s", e.file())
                  .contains(e.client());
              assertThat(scenarios).as("scenario in %s", e.file()).contains(e.scenario());
              assertThat(e.file().getFileName().toString()).isEqualTo(e.client() + ".yaml");
              assertThat(e.spec()).as("SPEC section of %s", e.describe()).startsWith("§");
              assertThat(e.evidence()).as("evidence of %s", e.describe()).isNotBlank();
            });
  }

  @Test
  void aFileWithAnEntryMissingItsReasonIsRefusedNamingTheScenario() throws Exception {
    Path file = Files.createTempFile("expectations", ".yaml");
    try {
      Files.writeString(
          file, "client: x\nexpected:\n  - {scenario: SomeTest, outcome: fail, spec: \"§1\"}\n");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Expectations.of(java.util.List.of(file)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SomeTest")
          .hasMessageContaining("reason");
    } finally {
      Files.delete(file);
    }
  }

  private static Set<String> scenarioClasses() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectPackage("io.mqharness.conformance.scenarios"))
            .build();
    TestPlan plan = LauncherFactory.create().discover(request);
    return plan.getRoots().stream()
        .flatMap(root -> plan.getDescendants(root).stream())
        .map(TestIdentifier::getSource)
        .flatMap(java.util.Optional::stream)
        .filter(ClassSource.class::isInstance)
        .map(s -> ((ClassSource) s).getJavaClass().getSimpleName())
        .collect(Collectors.toSet());
  }
}
