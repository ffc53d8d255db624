package io.mqharness.simulations.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The stub mapping each kind of fault puts in place. */
class FaultStubsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anErrorOnPublishesIsA500InternalErrorOnPostsWithTheShareMatcher() throws Exception {
    JsonNode stub =
        JSON.readTree(
            FaultStubs.mapping(FaultPlan.parse("error500:10%:publish").faults().get(0), 1));

    assertThat(stub.get("priority").asInt()).isEqualTo(1);
    assertThat(stub.at("/request/method").asText()).isEqualTo("POST");
    assertThat(stub.at("/request/urlPathPattern").asText()).isEqualTo("/topics/[^/]+/messages");
    assertThat(stub.at("/request/customMatcher/name").asText()).isEqualTo("mq-share");
    assertThat(stub.at("/request/customMatcher/parameters/percent").asDouble()).isEqualTo(10.0);
    assertThat(stub.at("/response/status").asInt()).isEqualTo(500);
    assertThat(stub.at("/response/body").asText())
        .contains("<Code>InternalError</Code>", "<RequestId>");
  }

  @Test
  void aResetOfAcksLeavesCommitsAndRollbacksAlone() throws Exception {
    JsonNode stub =
        JSON.readTree(FaultStubs.mapping(FaultPlan.parse("reset:5%:ack").faults().get(0), 2));

    assertThat(stub.at("/request/method").asText()).isEqualTo("DELETE");
    assertThat(stub.at("/request/queryParameters/trans/absent").asBoolean()).isTrue();
    assertThat(stub.at("/response/fault").asText()).isEqualTo("CONNECTION_RESET_BY_PEER");
  }

  @Test
  void aDelayIsTheEnginesOwnAnswerLateAndDecideMeansCommitOrRollback() throws Exception {
    JsonNode delay =
        JSON.readTree(FaultStubs.mapping(FaultPlan.parse("delay:1500ms:5%").faults().get(0), 3));
    JsonNode decide =
        JSON.readTree(FaultStubs.mapping(FaultPlan.parse("reset:decide").faults().get(0), 4));

    assertThat(delay.at("/request/method").asText()).isEqualTo("ANY");
    assertThat(delay.at("/response/transformers/0").asText()).isEqualTo("mq-protocol");
    assertThat(delay.at("/response/fixedDelayMilliseconds").asLong()).isEqualTo(1500);
    assertThat(decide.at("/request/queryParameters/trans/matches").asText())
        .isEqualTo("commit|rollback");
  }
}
