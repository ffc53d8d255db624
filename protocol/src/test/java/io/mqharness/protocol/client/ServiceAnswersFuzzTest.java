package io.mqharness.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of how the reference client reads the service's answers (status, body,
 * request id header) for publish, consume and ack / commit / rollback. Whatever the service sends,
 * the client answers with a result or one of its declared exceptions: {@link MqServiceException}
 * (an error answer; {@link AckFailedException} for per-handle failures, SPEC §7.3) or {@link
 * MqClientException} (a success the protocol does not allow). An unreadable body never escapes as
 * an XML parser's exception. Each input has 10 s.
 *
 * <p>The input: one byte picks the status from those the service uses (or any 100..599), then the
 * body's bytes. Kept inputs: {@code
 * src/test/resources/io/mqharness/protocol/client/ServiceAnswersFuzzTestInputs/<method>/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ServiceAnswersFuzzTest {
  private static final int[] STATUSES = {200, 201, 204, 400, 403, 404, 408, 500, 503};

  @FuzzTest(maxDuration = "5m")
  void publishAnswer(FuzzedDataProvider data) {
    String expectedMd5 =
        data.consumeBoolean() ? "0CC175B9C0F1B6A831C399E269772661" : data.consumeString(40);
    HttpAnswer answer = answer(data);

    try {
      PublishResponse response = ServiceAnswers.publish(answer, expectedMd5);
      assertThat(answer.status()).isEqualTo(201);
      assertThat(response.bodyMd5()).isEqualToIgnoringCase(expectedMd5);
    } catch (MqServiceException declared) {
      assertThat(declared.httpStatus()).isEqualTo(answer.status());
      assertThat(answer.isSuccessFamily()).as("a service error for a 2xx").isFalse();
      assertThat(declared.errorCode()).isNotEmpty();
    } catch (MqClientException declared) {
      // an answer the protocol does not allow for a publish
    }
  }

  @FuzzTest(maxDuration = "5m")
  void consumeAnswer(FuzzedDataProvider data) {
    HttpAnswer answer = answer(data);

    try {
      List<ConsumedMessage> messages = ServiceAnswers.consume(answer);
      assertThat(answer.status()).isIn(200, 404);
      assertThat(messages.isEmpty()).isEqualTo(answer.status() == 404);
    } catch (MqServiceException declared) {
      assertThat(declared.httpStatus()).isEqualTo(answer.status());
      assertThat(answer.isSuccessFamily()).as("a service error for a 2xx").isFalse();
      assertThat(declared.errorCode()).isNotEmpty();
    } catch (MqClientException declared) {
      // an answer the protocol does not allow for a consume
    }
  }

  @FuzzTest(maxDuration = "5m")
  void ackAnswer(FuzzedDataProvider data) {
    HttpAnswer answer = answer(data);

    try {
      ServiceAnswers.delete(answer, "ack");
      assertThat(answer.status()).isEqualTo(204);
    } catch (MqServiceException declared) {
      assertThat(declared.httpStatus()).isEqualTo(answer.status());
      assertThat(answer.isSuccessFamily()).as("a service error for a 2xx").isFalse();
      assertThat(declared.errorCode()).isNotEmpty();
    } catch (MqClientException declared) {
      // an answer the protocol does not allow for an ack
    }
  }

  private static HttpAnswer answer(FuzzedDataProvider data) {
    int status = data.consumeBoolean() ? data.pickValue(STATUSES) : data.consumeInt(100, 599);
    String requestId = data.consumeBoolean() ? null : data.consumeString(40);
    return new HttpAnswer(status, data.consumeRemainingAsBytes(), requestId);
  }
}
