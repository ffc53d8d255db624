package io.mqharness.simulations.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulations.PublishSimulation;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real, short publish runs against a simulator whose publish answers are wrong: each wrong answer
 * fails the run.
 */
class PublishAnswerRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SHORT =
      Map.of("mq.durationSeconds", "2", "mq.usersPerSec", "20", "mq.rampSeconds", "1");

  @TempDir Path work;

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // the MD5 of another body, in the service's own form
        "<MessageId>0B2D4F6A8C1E3A5C7E9F1B3D5F7A9C1E</MessageId><MessageBodyMD5>C4CA4238A0B923820DCC509A6F75849B</MessageBodyMD5>; but the body's MD5 is",
        // no MessageId
        "<MessageBodyMD5>C4CA4238A0B923820DCC509A6F75849B</MessageBodyMD5>; Element <MessageId> is missing"
      })
  void aWrongPublishAnswerFailsTheRun(String elements, String failure) throws Exception {
    // given: a simulator whose publishes answer 201 with this <Message> (a higher-priority WireMock
    // stub)
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withJournalEntries(0))) {
      simulator
          .wireMock()
          .stubFor(
              post(urlPathMatching("/topics/.*/messages"))
                  .atPriority(1)
                  .willReturn(
                      aResponse()
                          .withStatus(201)
                          .withHeader("Content-Type", "text/xml;charset=utf-8")
                          .withBody(
                              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\">"
                                  + elements
                                  + "</Message>")));
      // when
      GatlingProcess run =
          GatlingProcess.run(
              PublishSimulation.class, with(SHORT, "mq.target.url", simulator.baseUrl()), work);
      // then: every publish is a KO naming the failed check, none counts as published, the run
      // fails
      assertThat(run.exitStatus()).as(run.output()).isNotZero();
      // Gatling's console wraps a long error message, putting its count and share at the end of the
      // first line
      assertThat(run.output().replaceAll(" +\\d+ +\\(\\d+%\\)\\R", ""))
          .contains("extraction crashed", failure.trim());
      assertThat(run.output())
          .contains("percentage of failed events is less than or equal to 1.0 : false");
      JsonNode summary = JSON.readTree(run.summary());
      assertThat(summary.get("metrics").get("published").asLong()).isZero();
    }
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    var copy = new java.util.HashMap<>(base);
    copy.put(key, value);
    return Map.copyOf(copy);
  }
}
