package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.CallTimeouts;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.PublishCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * driver-contract.schema.json says what DRIVER.md says: the harness's requests meet it, its
 * examples too, and it catches bad answers.
 */
class DriverContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DriverContract CONTRACT = DriverContract.get();

  @Test
  void everyRequestTheHarnessSendsMeetsTheRequestSchema() {
    // given: each op as the adapter builds it, with every optional field set and left null
    PublishCommand full =
        PublishCommand.of("MQ_INST_1", "T1", "hello")
            .withTag("TagA")
            .withProperties(Map.of("k", "v"))
            .withMessageKey("key")
            .withStartDeliverTime(1_700_000_000_000L)
            .withShardingKey("s1")
            .withTransCheckImmunitySeconds(10);
    List<JsonNode> requests =
        List.of(
            DriverRequests.envelope(1, "hello", DriverRequests.none()),
            DriverRequests.envelope(
                2,
                "connect",
                DriverRequests.connect(
                    new Endpoint("http://127.0.0.1:1", "ak", "sk", null),
                    new CallTimeouts(Duration.ofSeconds(20)))),
            DriverRequests.envelope(3, "publish", DriverRequests.publish(full)),
            DriverRequests.envelope(
                4, "publish", DriverRequests.publish(PublishCommand.of("", "T1", "plain"))),
            DriverRequests.envelope(
                5,
                "consume",
                DriverRequests.consume(
                    ConsumeCommand.of("", "T1", "G", 16, 30).withTag("A||B").inOrder())),
            DriverRequests.envelope(
                6, "consumeHalf", DriverRequests.consume(ConsumeCommand.of("", "T1", "G", 1, 0))),
            DriverRequests.envelope(
                7,
                "ack",
                DriverRequests.handles(AckCommand.of("", "T1", "G", List.of("RH-1", "RH-2")))),
            DriverRequests.envelope(
                8,
                "commit",
                DriverRequests.handles(AckCommand.of("I", "T1", "G", List.of("RH-1")))),
            DriverRequests.envelope(9, "shutdown", DriverRequests.none()));
    // then
    assertThat(requests)
        .allSatisfy(r -> assertThat(CONTRACT.violations("request", r)).as("%s", r).isEmpty());
    assertThat(requests.get(1).path("params").path("callDeadlineMillis").asLong())
        .isEqualTo(15_000);
  }

  @Test
  void everyExampleInTheSchemaMeetsItsOwnDefinition() throws Exception {
    JsonNode definitions =
        JSON.readTree(Files.readString(Path.of(DriverContract.FILE))).path("$defs");
    int examples = 0;
    for (var entry : definitions.properties()) {
      for (JsonNode example : entry.getValue().path("examples")) {
        assertThat(CONTRACT.violations(entry.getKey(), example))
            .as("%s example %s", entry.getKey(), example)
            .isEmpty();
        examples++;
      }
    }
    assertThat(examples).isGreaterThanOrEqualTo(12);
  }

  @Test
  void anAnswerMissingAFieldOrWithAWrongTypeIsNamedByItsPath() throws Exception {
    // given
    JsonNode missing =
        JSON.readTree(
            "{\"id\":3,\"ok\":true,\"result\":{\"messageId\":\"M\",\"receiptHandle\":null}}");
    JsonNode wrongType =
        JSON.readTree(
            "{\"id\":4,\"ok\":true,\"result\":{\"messages\":[{\"messageId\":\"M\","
                + "\"receiptHandle\":\"RH\",\"body\":\"b\",\"bodyMd5\":null,\"tag\":null,\"properties\":{\"k\":1},"
                + "\"publishTime\":\"soon\",\"nextConsumeTime\":1,\"firstConsumeTime\":1,\"consumedTimes\":1}]}}");
    JsonNode badKind =
        JSON.readTree(
            "{\"id\":5,\"ok\":false,\"error\":{\"kind\":\"servce\",\"code\":null,\"message\":\"x\"}}");
    JsonNode both =
        JSON.readTree(
            "{\"id\":6,\"ok\":true,\"result\":{},\"error\":{\"kind\":\"client\",\"code\":null,\"message\":\"x\"}}");
    // then
    assertThat(CONTRACT.violations("answer.publish", missing))
        .singleElement()
        .asString()
        .contains("$.result", "bodyMd5");
    assertThat(CONTRACT.violations("answer.messages", wrongType))
        .hasSize(2)
        .anySatisfy(v -> assertThat(v).contains("$.result.messages[0].properties.k", "integer"))
        .anySatisfy(v -> assertThat(v).contains("$.result.messages[0].publishTime", "string"));
    assertThat(CONTRACT.violations("answer.empty", badKind))
        .singleElement()
        .asString()
        .contains("$.error.kind");
    assertThat(CONTRACT.violations("answer.empty", both)).isNotEmpty();
  }

  @Test
  void theSelfCheckAnswersHaveTheirOwnDefinitions() throws Exception {
    assertThat(
            CONTRACT.violations(
                "answer.badRequest",
                JSON.readTree(
                    "{\"id\":null,\"ok\":false,\"error\":{\"kind\":\"client\",\"code\":\"BadRequest\",\"message\":\"x\"}}")))
        .isEmpty();
    assertThat(
            CONTRACT.violations(
                "answer.badRequest",
                JSON.readTree(
                    "{\"id\":1,\"ok\":false,\"error\":{\"kind\":\"unsupported\",\"code\":\"UnknownOp\",\"message\":\"x\"}}")))
        .hasSize(3);
    assertThat(
            CONTRACT.violations(
                "answer.unknownOp", JSON.readTree("{\"id\":2,\"ok\":true,\"result\":{}}")))
        .isNotEmpty();
    assertThatThrownBy(() -> CONTRACT.violations("answer.nothing", JSON.readTree("{}")))
        .isInstanceOf(RuntimeException.class);
  }
}
