package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch of receipt handles on the wire: each failed entry listed in a 404 {@code <Errors>} with
 * the handle as sent, the valid ones applied; more than 16 entries refused as a whole (SPEC §4.5,
 * §7.3).
 */
class AckBatchOverHttpTest {
  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  private static final String T = "/topics/T1/messages";

  @Test
  void aBatchWithAnEmptyHandleListsItAndAcksTheValidOnes() {
    // given
    MqClient client = mq.client();
    client.producer("I1", "T1").publish(TopicMessage.of("m0"));
    client.producer("I1", "T1").publish(TopicMessage.of("m1"));
    MqConsumer consumer = client.consumer("I1", "T1", "GID_A", null);
    List<String> handles =
        consumer.consume(16, 0).stream().map(ConsumedMessage::receiptHandle).toList();
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send(
                "DELETE",
                T + "?ns=I1&consumer=GID_A",
                "<ReceiptHandles><ReceiptHandle>"
                    + handles.get(0)
                    + "</ReceiptHandle><ReceiptHandle></ReceiptHandle>"
                    + "<ReceiptHandle>"
                    + handles.get(1)
                    + "</ReceiptHandle></ReceiptHandles>");
    // then
    assertThat(listedHandles(answer)).containsExactly("");
    mq.clock().advance(Duration.ofSeconds(301));
    assertThat(consumer.consume(16, 0)).isEmpty();
  }

  @Test
  void aHandleRepeatedInOneBatchIsAckedOnceAndItsRepeatIsListed() {
    // given
    MqClient client = mq.client();
    client.producer("I1", "T1").publish(TopicMessage.of("m0"));
    MqConsumer consumer = client.consumer("I1", "T1", "GID_A", null);
    String handle = consumer.consume(16, 0).get(0).receiptHandle();
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send("DELETE", T + "?ns=I1&consumer=GID_A", handlesOf(List.of(handle, handle)));
    // then
    assertThat(listedHandles(answer)).containsExactly(handle);
    mq.clock().advance(Duration.ofSeconds(301));
    assertThat(consumer.consume(16, 0)).isEmpty();
  }

  @Test
  void seventeenHandlesInOneBatchAreRefusedAsAWhole() {
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send("DELETE", T + "?ns=I1&consumer=GID_A", handlesOf(Collections.nCopies(17, "RH")));
    // then
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    ErrorResponse error =
        ProtocolXml.readErrorResponse(answer.body().getBytes(StandardCharsets.UTF_8));
    assertThat(error.code()).isEqualTo("InvalidArgument");
    assertThat(error.message()).contains("between 1 and 16", "17");
  }

  private static String handlesOf(List<String> handles) {
    return handles.stream()
        .map(h -> "<ReceiptHandle>" + h + "</ReceiptHandle>")
        .collect(Collectors.joining("", "<ReceiptHandles>", "</ReceiptHandles>"));
  }

  private static List<String> listedHandles(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    List<HandleError> errors =
        ProtocolXml.readHandleErrors(answer.body().getBytes(StandardCharsets.UTF_8)).errors();
    assertThat(errors).extracting(HandleError::errorCode).containsOnly("ReceiptHandleError");
    return errors.stream().map(HandleError::receiptHandle).toList();
  }
}
