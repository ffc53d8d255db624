package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.support.expectation.ExpectedFailure;
import io.mqharness.conformance.support.expectation.StaleExpectation;
import io.mqharness.conformance.support.expectation.UnexpectedFailure;
import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.simulator.MqSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A scenario's failure breaks the build unless the client's expectations file expects it; an
 * expected failure is reported as skipped with its reason; an expectation whose scenario passes
 * breaks the build as stale.
 */
@Tag("meta")
class ExpectationsDecideTheBuildVerdictTest {
  private static final String SCENARIO_CLASS = "EmptyConsumeIsNoMessageNotAnErrorTest";
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.roundtrip." + SCENARIO_CLASS;
  private static final String INVENTED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mq.aliyuncs.com/doc/v1/\">"
          + "<Message><MessageId>0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C</MessageId><ReceiptHandle>RH-1</ReceiptHandle>"
          + "<MessageBodyMD5>5D41402ABC4B2A76B9719D911017C592</MessageBodyMD5><MessageBody>hello</MessageBody>"
          + "<PublishTime>1</PublishTime><NextConsumeTime>2</NextConsumeTime><FirstConsumeTime>1</FirstConsumeTime>"
          + "<ConsumedTimes>1</ConsumedTimes></Message></Messages>";

  @TempDir Path dir;

  @Test
  void anUnexpectedFailureIsRedNamingScenarioAndClient() {
    try (MqSimulator simulator = inventingMessages()) {
      TestExecutionSummary run = ScenarioRun.run(SCENARIO, simulator, "reference", "");
      assertThat(run.getTestsFailedCount()).isEqualTo(1);
      assertThat(run.getFailures().get(0).getException())
          .isInstanceOf(UnexpectedFailure.class)
          .hasMessageStartingWith(
              SCENARIO_CLASS + " failed for reference, and no expectations file expects it");
    }
  }

  @Test
  void anExpectedFailureIsSkippedWithItsReason() throws IOException {
    Path file = expectations("reference", SCENARIO_CLASS);
    try (MqSimulator simulator = inventingMessages()) {
      TestExecutionSummary run = ScenarioRun.run(SCENARIO, simulator, "reference", file.toString());
      assertThat(run.getTestsFailedCount()).isZero();
      assertThat(run.getTestsAbortedCount()).isEqualTo(1);
    }
  }

  @Test
  void anExpectationForAnotherClientDoesNotExcuseThisOne() throws IOException {
    Path file = expectations("java-sdk", SCENARIO_CLASS);
    try (MqSimulator simulator = inventingMessages()) {
      TestExecutionSummary run = ScenarioRun.run(SCENARIO, simulator, "reference", file.toString());
      assertThat(run.getTestsFailedCount()).isEqualTo(1);
    }
  }

  @Test
  void anExpectedFailureThatPassesIsRedAsStaleNamingScenarioAndClient() throws IOException {
    Path file = expectations("reference", SCENARIO_CLASS);
    try (MqSimulator simulator = MetaSimulator.start()) {
      TestExecutionSummary run = ScenarioRun.run(SCENARIO, simulator, "reference", file.toString());
      assertThat(run.getTestsFailedCount()).isEqualTo(1);
      Throwable failure = run.getFailures().get(0).getException();
      assertThat(failure)
          .isInstanceOf(StaleExpectation.class)
          .hasMessageContaining("stale expectation")
          .hasMessageContaining(SCENARIO_CLASS + " for reference")
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void theSkipCarriesTheExpectationsReasonAndTheActualFailure() throws IOException {
    Path file = expectations("reference", SCENARIO_CLASS);
    try (MqSimulator simulator = inventingMessages()) {
      RecordingListener listener = new RecordingListener();
      ScenarioRun.run(SCENARIO, simulator, "reference", file.toString(), listener);
      assertThat(listener.aborted).isInstanceOf(ExpectedFailure.class);
      assertThat(listener.aborted.getMessage())
          .contains("a planted finding for this test")
          .contains("§7.4");
    }
  }

  private static MqSimulator inventingMessages() {
    MqSimulator simulator = MetaSimulator.start();
    simulator
        .wireMock()
        .stubFor(
            get(urlPathMatching("/topics/.*/messages"))
                .atPriority(1)
                .willReturn(FaultAnswers.xml(200, INVENTED)));
    return simulator;
  }

  private Path expectations(String client, String scenario) throws IOException {
    return Files.writeString(
        dir.resolve(client + ".yaml"),
        "client: "
            + client
            + "\n"
            + "sdk: a test client 0.0\n"
            + "expected:\n"
            + "  - {scenario: "
            + scenario
            + ", outcome: fail, spec: \"§7.4\", reason: \"a planted finding for this test\"}\n");
  }

  /** Keeps the exception of the one aborted test. */
  static final class RecordingListener
      implements org.junit.platform.launcher.TestExecutionListener {
    Throwable aborted;

    @Override
    public void executionFinished(
        org.junit.platform.launcher.TestIdentifier test,
        org.junit.platform.engine.TestExecutionResult result) {
      if (result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.ABORTED) {
        aborted = result.getThrowable().orElse(null);
      }
    }
  }
}
