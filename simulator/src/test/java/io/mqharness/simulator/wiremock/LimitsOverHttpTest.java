package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.protocol.client.MqServiceException;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.engine.time.VirtualClock;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented limits as a client meets them on the wire: 400 InvalidArgument with a message
 * naming the limit and the value, and nothing stored (SPEC §4.2, §7.1, DOC-LIMITS).
 */
class LimitsOverHttpTest {
  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  private static final String T = "/topics/T1/messages";

  @Test
  void aTransactionalPublishOf100KibIsRefusedAndNothingIsStored(VirtualClock clock) {
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send(
                "POST",
                T + "?ns=I1",
                "<Message><MessageBody>"
                    + "x".repeat(100 * 1024)
                    + "</MessageBody><Properties>__TransCheckT:10|</Properties></Message>");
    // then
    assertInvalidArgument(answer, "65536", "102400", "transactional");
    clock.advance(Duration.ofSeconds(11));
    assertThat(mq.client().transProducer("I1", "T1", "GID_T").consumeHalfMessage(16, 0)).isEmpty();
    assertThat(mq.simulator().engine().snapshot().storedMessages()).isZero();
  }

  @Test
  void seventeenKibOfPropertiesAreRefused() {
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send(
                "POST",
                T + "?ns=I1",
                "<Message><MessageBody>b</MessageBody><Properties>k:"
                    + "v".repeat(17 * 1024)
                    + "|</Properties></Message>");
    // then
    assertInvalidArgument(answer, "16384", "17409");
    assertThat(mq.simulator().engine().snapshot().storedMessages()).isZero();
  }

  @Test
  void aTimerMoreThanFortyDaysAheadIsRefused(VirtualClock clock) {
    // given
    long beyond = clock.nowMillis() + Duration.ofDays(40).plusMinutes(1).toMillis();
    // when
    HttpResponse<String> answer =
        SignedHttp.of(mq)
            .send(
                "POST",
                T + "?ns=I1",
                "<Message><MessageBody>b</MessageBody><Properties>__STARTDELIVERTIME:"
                    + beyond
                    + "|</Properties></Message>");
    // then
    assertInvalidArgument(answer, "__STARTDELIVERTIME", "40 days");
    assertThat(mq.simulator().engine().snapshot().storedMessages()).isZero();
  }

  @Test
  void topicNamesAndGroupIdsOutsideTheDocumentedRulesAreRefused() {
    assertInvalidArgument(
        SignedHttp.of(mq)
            .send("POST", "/topics/" + "t".repeat(65) + "/messages?ns=I1", publishOf("b")),
        "64",
        "65");
    assertThat(
            SignedHttp.of(mq)
                .send("POST", "/topics/" + "t".repeat(64) + "/messages?ns=I1", publishOf("b"))
                .statusCode())
        .isEqualTo(201);
    assertInvalidArgument(
        SignedHttp.of(mq)
            .send("GET", T + "?ns=I1&consumer=" + "G".repeat(65) + "&numOfMessages=1", null),
        "group id",
        "65");
    assertInvalidArgument(
        SignedHttp.of(mq).send("GET", T + "?ns=I1&consumer=GID.1&numOfMessages=1", null),
        "GID.1",
        "letters, digits");
  }

  @Test
  void theReferenceClientSurfacesALimitAsAServiceError() {
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () ->
                mq.client()
                    .producer("I1", "T1")
                    .publish(TopicMessage.of("x".repeat(64 * 1024 + 1)).withStartDeliverTime(1)));
    // then
    assertThat(error.errorCode()).isEqualTo("InvalidArgument");
    assertThat(error.errorMessage()).contains("65536");
  }

  private static String publishOf(String body) {
    return "<Message><MessageBody>" + body + "</MessageBody></Message>";
  }

  private static void assertInvalidArgument(HttpResponse<String> answer, String... inMessage) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    ErrorResponse error =
        ProtocolXml.readErrorResponse(answer.body().getBytes(StandardCharsets.UTF_8));
    assertThat(error.code()).isEqualTo("InvalidArgument");
    assertThat(error.message()).contains(inMessage);
  }
}
