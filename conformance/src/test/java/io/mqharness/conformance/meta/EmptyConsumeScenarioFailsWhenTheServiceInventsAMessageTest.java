package io.mqharness.conformance.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.conformance.support.fault.FaultAnswers;
import io.mqharness.simulator.MqSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Tag("meta")
class EmptyConsumeScenarioFailsWhenTheServiceInventsAMessageTest {
  private static final String SCENARIO =
      "io.mqharness.conformance.scenarios.roundtrip.EmptyConsumeIsNoMessageNotAnErrorTest";

  private static final String INVENTED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Messages xmlns=\"http://mq.aliyuncs.com/doc/v1/\">"
          + "<Message><MessageId>0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C</MessageId><ReceiptHandle>RH-1</ReceiptHandle>"
          + "<MessageBodyMD5>5D41402ABC4B2A76B9719D911017C592</MessageBodyMD5><MessageBody>hello</MessageBody>"
          + "<PublishTime>1</PublishTime><NextConsumeTime>2</NextConsumeTime><FirstConsumeTime>1</FirstConsumeTime>"
          + "<ConsumedTimes>1</ConsumedTimes></Message></Messages>";

  @Test
  void scenarioFailsOnAnInventedMessageAndPassesOtherwise() {
    try (MqSimulator simulator = MetaSimulator.start()) {
      // given a service that answers every consume with a message nobody published
      simulator
          .wireMock()
          .stubFor(
              get(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .willReturn(FaultAnswers.xml(200, INVENTED)));
      // when
      TestExecutionSummary broken = ScenarioRun.run(SCENARIO, simulator, "reference");
      simulator.reset();
      TestExecutionSummary correct = ScenarioRun.run(SCENARIO, simulator, "reference");
      // then
      assertThat(broken.getTestsFailedCount()).isEqualTo(1);
      assertThat(correct.getTestsFailedCount()).isZero();
      assertThat(correct.getTestsSucceededCount()).isEqualTo(1);
    }
  }
}
