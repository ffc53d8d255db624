package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.simulator.MqSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class Md5ScenarioFailsWhenThePublishAnswerHasAWrongMd5Test {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.roundtrip.PublishAnswerCarriesBodyMd5Test";

  @Test
  void scenarioFailsOnAWrongMd5() {
    try (MqSimulator simulator = MetaSimulator.start()) {
      // given a service whose publish answers carry the MD5 of another body
      simulator
          .wireMock()
          .stubFor(
              post(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .willReturn(
                      FaultAnswers.xml(
                          201,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageId>0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C</MessageId>"
                              + "<MessageBodyMD5>00000000000000000000000000000000</MessageBodyMD5></Message>")));
      // when
      TestExecutionSummary broken = ScenarioRun.run(SCENARIO, simulator, "java-sdk");
      simulator.reset();
      TestExecutionSummary correct = ScenarioRun.run(SCENARIO, simulator, "java-sdk");
      // then
      assertThat(broken.getTestsFailedCount()).isEqualTo(1);
      assertThat(correct.getTestsFailedCount()).isZero();
      assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
    }
  }
}
