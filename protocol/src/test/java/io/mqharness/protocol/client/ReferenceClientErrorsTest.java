package io.mqharness.protocol.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.mqharness.protocol.client.Stubs.xml;
import static io.mqharness.protocol.client.Stubs.xmlText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the reference client surfaces every kind of unsuccessful answer. */
class ReferenceClientErrorsTest {
  private static final Duration SHORT = Duration.ofMillis(300);

  @RegisterExtension
  static WireMockExtension wireMock =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private MqClient client() {
    return new MqClient(
        URI.create(wireMock.baseUrl()),
        Credentials.of("ak", "sk"),
        MqClientOptions.defaults().withRequestTimeout(SHORT).withLongPollMargin(SHORT));
  }

  @Test
  void nothingToConsumeIsAnEmptyList() {
    // given
    wireMock.stubFor(get(anyUrl()).willReturn(xml(404, "error-message-not-exist.xml")));
    // then
    assertThat(client().consumer("I1", "T1", "GID_1", null).consume(16, 0)).isEmpty();
    assertThat(client().transProducer("I1", "TT", "GID_T").consumeHalfMessage(1, 0)).isEmpty();
  }

  @Test
  void aSignatureErrorCarriesCodeMessageAndRequestId() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xml(403, "error-signature.xml")));
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then: the body's request id wins over the header's
    assertThat(error.httpStatus()).isEqualTo(403);
    assertThat(error.errorCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.code()).contains(ErrorCode.SIGNATURE_DOES_NOT_MATCH);
    assertThat(error.requestId()).isEqualTo("5F2A0C1B3D4E5F60718293A6");
    assertThat(error.hostId()).isEqualTo("http://127.0.0.1:18100");
    assertThat(error.getMessage()).contains("SignatureDoesNotMatch", "5F2A0C1B3D4E5F60718293A6");
  }

  @Test
  void aRequestIdMissingFromTheBodyComesFromTheHeader() {
    // given
    wireMock.stubFor(
        get(anyUrl())
            .willReturn(
                xmlText(
                    404,
                    "<Error xmlns=\"http://mq.aliyuncs.com/doc/v1\"><Code>TopicNotExist</Code><Message>no</Message></Error>")));
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().consumer("I1", "T1", "GID_1", null).consume(1, 0));
    // then: a 404 that is not MessageNotExist is an error
    assertThat(error.code()).contains(ErrorCode.TOPIC_NOT_EXIST);
    assertThat(error.requestId()).isEqualTo(Stubs.REQUEST_ID_HEADER);
  }

  @Test
  void anUnknownCodeIsStillReported() {
    // given
    wireMock.stubFor(
        post(anyUrl())
            .willReturn(
                xmlText(
                    400,
                    "<Error><Code>BrandNewCode</Code><Message>m</Message><RequestId>R</RequestId><HostId>H</HostId></Error>")));
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then
    assertThat(error.errorCode()).isEqualTo("BrandNewCode");
    assertThat(error.code()).isEmpty();
  }

  @Test
  void aPartialAckFailureListsTheFailedHandles() {
    // given
    wireMock.stubFor(delete(anyUrl()).willReturn(xml(404, "ack-partial-failure.xml")));
    // when
    AckFailedException error =
        catchThrowableOfType(
            AckFailedException.class,
            () -> client().consumer("I1", "T1", "GID_1", null).ack(List.of("RH-1", "RH-BAD")));
    // then
    assertThat(error.handleErrors())
        .containsExactly(
            new HandleError(
                "ReceiptHandleError", "The receipt handle you provide is not valid.", "RH-BAD"));
    assertThat(error.errorCode()).isEqualTo("ReceiptHandleError");
    assertThat(error.requestId()).isEqualTo(Stubs.REQUEST_ID_HEADER);
    assertThat(error.httpStatus()).isEqualTo(404);
  }

  @Test
  void anErrorsBodyCutShortIsAServiceErrorWithTheRawBody() {
    // given an <Errors> that ends at once (what ServiceAnswersFuzzTest.ackAnswer found escaping as
    // an XML exception)
    wireMock.stubFor(
        delete(anyUrl()).willReturn(aResponse().withStatus(404).withBody("<Errors>;u'")));
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().consumer("I1", "T1", "GID_1", null).ack(List.of("RH-1")));
    // then
    assertThat(error).isNotInstanceOf(AckFailedException.class);
    assertThat(error.errorCode()).isEqualTo(MqServiceException.UNREADABLE_ERROR_CODE);
    assertThat(error.errorMessage()).contains("<Errors>");
    assertThat(error.httpStatus()).isEqualTo(404);
  }

  @Test
  void aWholeRequestErrorOnAckIsNotAnAckFailure() {
    // given
    wireMock.stubFor(delete(anyUrl()).willReturn(xml(404, "error-topic-not-exist.xml")));
    // when
    Throwable error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().transProducer("I1", "TT", "GID_T").commit("RH"));
    // then
    assertThat(error).isNotInstanceOf(AckFailedException.class);
    assertThat(((MqServiceException) error).code()).contains(ErrorCode.TOPIC_NOT_EXIST);
  }

  @Test
  void anErrorStatusWithAGarbageBodyIsAServiceErrorAsTheJavaSdkReportsIt() {
    // given
    wireMock.stubFor(
        post(anyUrl()).willReturn(aResponse().withStatus(500).withBody("<html>Bad Gateway</html")));
    // when
    MqServiceException error =
        catchThrowableOfType(
            MqServiceException.class,
            () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then
    assertThat(error.httpStatus()).isEqualTo(500);
    assertThat(error.errorCode()).isEqualTo(MqServiceException.UNREADABLE_ERROR_CODE);
    assertThat(error.code()).isEmpty();
    assertThat(error.errorMessage()).isEqualTo("<html>Bad Gateway</html");
  }

  @Test
  void aPublishIsNeverASuccessUnlessItIsA201WithAReadableBody() {
    // given
    MqProducer producer = client().producer("I1", "T1");
    // then
    wireMock.stubFor(post(anyUrl()).willReturn(xmlText(201, "<Message><MessageId>M</MessageId>")));
    assertThatThrownBy(() -> producer.publish(TopicMessage.of("hello")))
        .isExactlyInstanceOf(MqClientException.class);
    wireMock.stubFor(post(anyUrl()).willReturn(xmlText(201, "")));
    assertThatThrownBy(() -> producer.publish(TopicMessage.of("hello")))
        .isExactlyInstanceOf(MqClientException.class);
    wireMock.stubFor(post(anyUrl()).willReturn(xml(200, "publish-response.xml")));
    assertThatThrownBy(() -> producer.publish(TopicMessage.of("hello")))
        .isExactlyInstanceOf(MqClientException.class)
        .hasMessageContaining("200");
  }

  @Test
  void aWrongMessageBodyMd5FailsThePublish() {
    // given: the vector's MD5 is that of "hello"
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    // then
    assertThatThrownBy(() -> client().producer("I1", "T1").publish(TopicMessage.of("other")))
        .isExactlyInstanceOf(MqClientException.class)
        .hasMessageContaining("MessageBodyMD5");
  }

  @Test
  void theBodyMd5IsComparedIgnoringCase() {
    // given
    wireMock.stubFor(
        post(anyUrl())
            .willReturn(
                xmlText(
                    201,
                    "<Message><MessageId>M</MessageId><MessageBodyMD5>5d41402abc4b2a76b9719d911017c592</MessageBodyMD5></Message>")));
    // then
    assertThat(client().producer("I1", "T1").publish(TopicMessage.of("hello")).messageId())
        .isEqualTo("M");
  }

  @Test
  void anEmptyMessagesIsAProtocolViolation() {
    // given
    wireMock.stubFor(
        get(anyUrl())
            .willReturn(xmlText(200, "<Messages xmlns=\"http://mq.aliyuncs.com/doc/v1/\"/>")));
    // then
    assertThatThrownBy(() -> client().consumer("I1", "T1", "GID_1", null).consume(1, 0))
        .isExactlyInstanceOf(MqClientException.class);
  }

  @Test
  void aHalfMessagePublishNeedsAnImmunityTimeAndAnsweredHandle() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    MqTransProducer producer = client().transProducer("I1", "TT", "GID_T");
    // then
    assertThatThrownBy(() -> producer.publish(TopicMessage.of("hello")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> producer.publish(TopicMessage.of("hello").withTransCheckImmunitySeconds(10)))
        .isExactlyInstanceOf(MqClientException.class)
        .hasMessageContaining("ReceiptHandle");
  }

  @Test
  void aSlowAnswerTimesOutPromptly() {
    // given
    wireMock.stubFor(
        post(anyUrl()).willReturn(xml(201, "publish-response.xml").withFixedDelay(5_000)));
    long start = System.nanoTime();
    // when
    Throwable error =
        catchThrowableOfType(
            MqClientException.class,
            () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then
    assertThat(error).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aBodyThatStallsAfterTheHeadersIsCutOffToo() {
    // given: the headers come at once, the body trickles in over 5 s
    wireMock.stubFor(
        post(anyUrl())
            .willReturn(xml(201, "publish-response.xml").withChunkedDribbleDelay(5, 5_000)));
    long start = System.nanoTime();
    // when
    Throwable error =
        catchThrowableOfType(
            MqClientException.class,
            () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")));
    // then: timeout 0.3 s plus the 1 s allowed for the body
    assertThat(error).hasMessageContaining("got no answer within");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(Thread.currentThread().isInterrupted())
        .as("the deadline's interrupt is not left behind")
        .isFalse();
  }

  @Test
  void anAnswerReachesACallerWhoseCommonPoolIsBusy() throws Exception {
    // given: every worker of the common ForkJoinPool blocked (a parallel stream doing I/O, say)
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      ForkJoinPool.commonPool()
          .execute(
              () -> {
                blocked.countDown();
                awaitQuietly(release);
              });
    }
    try {
      assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
      // when
      PublishResponse answer =
          CompletableFuture.supplyAsync(
                  () -> client().producer("I1", "T1").publish(TopicMessage.of("hello")),
                  Executors.newSingleThreadExecutor())
              .get(5, TimeUnit.SECONDS);
      // then
      assertThat(answer.messageId()).isNotBlank();
    } finally {
      release.countDown();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aLongPollGetsItsWaitPlusTheMarginAndNoMore() {
    // given: wait 1 s + margin 0.3 s, answered after 3 s
    wireMock.stubFor(
        get(anyUrl()).willReturn(xml(200, "consume-response.xml").withFixedDelay(3_000)));
    long start = System.nanoTime();
    // when
    Throwable error =
        catchThrowableOfType(
            MqClientException.class,
            () -> client().consumer("I1", "T1", "GID_1", null).consume(1, 1));
    // then
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(error).isNotNull();
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofMillis(1_200))
        .isLessThan(Duration.ofMillis(2_900));
  }

  @Test
  void aConnectionResetIsAClientError() {
    // given
    wireMock.stubFor(
        post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    // then
    assertThatThrownBy(() -> client().producer("I1", "T1").publish(TopicMessage.of("hello")))
        .isExactlyInstanceOf(MqClientException.class);
  }

  @Test
  void anUnreachableServerIsAClientError() {
    // given: a port nothing listens on
    MqClient client =
        new MqClient(
            URI.create("http://127.0.0.1:1"),
            Credentials.of("ak", "sk"),
            MqClientOptions.defaults().withRequestTimeout(SHORT));
    // then
    assertThatThrownBy(() -> client.consumer("I1", "T1", "GID_1", null).ack(List.of("RH")))
        .isExactlyInstanceOf(MqClientException.class);
  }
}
