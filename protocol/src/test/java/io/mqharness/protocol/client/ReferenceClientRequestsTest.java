package io.mqharness.protocol.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.mqharness.protocol.client.Stubs.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.Namespaces;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.VerificationResult;
import io.mqharness.protocol.xml.ProtocolXml;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The raw requests the reference client sends, read back from WireMock's journal. */
class ReferenceClientRequestsTest {
  private static final Instant VECTOR_DATE = Instant.parse("2026-11-24T19:52:29Z");

  @RegisterExtension
  static WireMockExtension wireMock =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private MqClient client() {
    return client("");
  }

  private MqClient client(String pathPrefix) {
    return new MqClient(
        URI.create(wireMock.baseUrl() + pathPrefix),
        Credentials.of("ak", "sk"),
        MqClientOptions.defaults().withClock(Clock.fixed(VECTOR_DATE, ZoneOffset.UTC)));
  }

  @Test
  void publishPostsASignedSlashNamespaceBody() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    // when
    PublishResponse response =
        client()
            .producer("I1", "T1")
            .publish(
                TopicMessage.of("hello")
                    .withTag("TagA")
                    .withMessageKey("k1")
                    .withProperty("a", "b"));
    // then
    assertThat(response.messageId()).isEqualTo("0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C");
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/topics/T1/messages?ns=I1");
    assertThat(request.getHeader("Date")).isEqualTo("Tue, 24 Nov 2026 19:52:29 GMT");
    assertThat(request.getHeader("x-mq-version")).isEqualTo("2015-06-06");
    assertThat(request.getHeader("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
    assertThat(request.getHeader("User-Agent"))
        .startsWith("mq-harness-reference/")
        .doesNotContain("unknown");
    assertThat(request.containsHeader("security-token")).isFalse();
    assertThat(RecordedRequests.verify(request)).isEqualTo(new VerificationResult.Verified("ak"));
    assertThat(request.getBodyAsString())
        .contains("<Message xmlns=\"" + Namespaces.WITH_SLASH + "\">");
    PublishRequest sent = ProtocolXml.readPublishRequest(request.getBody());
    assertThat(sent.body()).isEqualTo("hello");
    assertThat(sent.tag()).isEqualTo("TagA");
    assertThat(sent.properties().asMap())
        .containsExactly(Map.entry("KEYS", "k1"), Map.entry("a", "b"));
  }

  @Test
  void publishWithoutInstanceSignsLikePython() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    // when
    client().producer(null, "T1").publish(TopicMessage.of("hello"));
    // then: the same request line, headers and date as signature vector 11
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getUrl()).isEqualTo("/topics/T1/messages");
    assertThat(request.getHeader("Authorization")).isEqualTo("MQ ak:EBnyhCLtjErY+QC7BQUX+BynoKY=");
  }

  @Test
  void consumeSendsPythonsQueryOrderWithoutContentType() {
    // given
    wireMock.stubFor(get(anyUrl()).willReturn(xml(200, "consume-response.xml")));
    // when
    List<ConsumedMessage> messages = client().consumer("I1", "T1", "GID_1", "TagA").consume(3, 3);
    // then: the same request as signature vector 10
    assertThat(messages).extracting(ConsumedMessage::messageId).containsExactly("M1", "M2");
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getUrl())
        .isEqualTo(
            "/topics/T1/messages?consumer=GID_1&numOfMessages=3&ns=I1&waitseconds=3&tag=TagA");
    assertThat(request.containsHeader("Content-Type")).isFalse();
    assertThat(request.getBody()).isEmpty();
    assertThat(request.getHeader("Authorization")).isEqualTo("MQ ak:1Aqte/Iia9uS2zSo6QpOCAy/WGk=");
  }

  @Test
  void consumeOrderlyPercentEncodesTheTagFilterAndAddsTransOrder() {
    // given
    wireMock.stubFor(get(anyUrl()).willReturn(xml(200, "consume-response.xml")));
    // when
    client().consumer(null, "T1", "GID_1", "TagA||TagB").consumeOrderly(16, 30);
    // then
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getUrl())
        .isEqualTo(
            "/topics/T1/messages?consumer=GID_1&numOfMessages=16&waitseconds=30&tag=TagA%7C%7CTagB&trans=order");
    assertThat(RecordedRequests.verify(request).isVerified()).isTrue();
  }

  @Test
  void aNegativeWaitOmitsWaitsecondsAndZeroIsSent() {
    // given
    wireMock.stubFor(get(anyUrl()).willReturn(xml(200, "consume-response.xml")));
    MqConsumer consumer = client().consumer("", "T1", "GID_1", null);
    // when
    consumer.consume(1, -1);
    consumer.consume(1, 0);
    // then: an empty instance id omits ns, as a null one does
    assertThat(wireMock.getAllServeEvents())
        .extracting(e -> e.getRequest().getUrl())
        .containsExactlyInAnyOrder(
            "/topics/T1/messages?consumer=GID_1&numOfMessages=1",
            "/topics/T1/messages?consumer=GID_1&numOfMessages=1&waitseconds=0");
  }

  @Test
  void ackDeletesWithReceiptHandles() {
    // given
    wireMock.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
    // when
    client().consumer("I1", "T1", "GID_1", "TagA").ack(List.of("RH-1", "RH-2"));
    // then: the tag filter is not part of an ack
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getMethod().getName()).isEqualTo("DELETE");
    assertThat(request.getUrl()).isEqualTo("/topics/T1/messages?consumer=GID_1&ns=I1");
    assertThat(request.getHeader("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
    assertThat(RecordedRequests.verify(request).isVerified()).isTrue();
    assertThat(ProtocolXml.readReceiptHandles(request.getBody()).handles())
        .containsExactly("RH-1", "RH-2");
    assertThat(request.getBodyAsString())
        .contains("<ReceiptHandles xmlns=\"" + Namespaces.WITH_SLASH + "\">");
  }

  @Test
  void theTransactionalFlowUsesPopCommitAndRollback() {
    // given
    wireMock.stubFor(post(anyUrl()).willReturn(xml(201, "publish-response-transactional.xml")));
    wireMock.stubFor(get(anyUrl()).willReturn(xml(200, "consume-response.xml")));
    wireMock.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
    MqTransProducer producer = client().transProducer("I1", "TT", "GID_T");
    // when
    PublishResponse half =
        producer.publish(TopicMessage.of("half").withTag("TagT").withTransCheckImmunitySeconds(10));
    producer.commit(half.receiptHandle());
    producer.consumeHalfMessage(1, 3);
    producer.rollback("RH-2");
    // then
    assertThat(half.receiptHandle()).isEqualTo("TX-0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D-1");
    List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly(
            "POST /topics/TT/messages?ns=I1",
            "DELETE /topics/TT/messages?consumer=GID_T&ns=I1&trans=commit",
            "GET /topics/TT/messages?consumer=GID_T&numOfMessages=1&ns=I1&waitseconds=3&trans=pop",
            "DELETE /topics/TT/messages?consumer=GID_T&ns=I1&trans=rollback");
    assertThat(requests)
        .allSatisfy(r -> assertThat(RecordedRequests.verify(r).isVerified()).isTrue());
    assertThat(
            ProtocolXml.readPublishRequest(requests.get(0).getBody())
                .properties()
                .transCheckImmunitySeconds())
        .hasValue(10);
    assertThat(ProtocolXml.readReceiptHandles(requests.get(1).getBody()).handles())
        .containsExactly("TX-0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4D-1");
  }

  @Test
  void aSecurityTokenIsSentUnsigned() {
    // given
    wireMock.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
    MqClient client =
        new MqClient(
            URI.create(wireMock.baseUrl()),
            new Credentials("ak", "sk", "STS.tok123"),
            MqClientOptions.defaults().withClock(Clock.fixed(VECTOR_DATE, ZoneOffset.UTC)));
    // when
    client.transProducer("I1", "TT", "GID_T").rollback("RH-HALF");
    // then: the signature is the one of vector 6, which was captured with the same token
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getHeader("security-token")).isEqualTo("STS.tok123");
    assertThat(request.getHeader("Authorization")).isEqualTo("MQ ak:hax7vMWdb+PEeorrRQJJB3PBTDU=");
  }

  @Test
  void anEndpointPathPrefixIsPartOfTheSignedPath() {
    // given
    wireMock.stubFor(any(anyUrl()).willReturn(xml(201, "publish-response.xml")));
    // when
    client("/prefix/").producer("I1", "T1").publish(TopicMessage.of("hello"));
    // then
    LoggedRequest request = RecordedRequests.only(wireMock);
    assertThat(request.getUrl()).isEqualTo("/prefix/topics/T1/messages?ns=I1");
    assertThat(RecordedRequests.verify(request).isVerified()).isTrue();
  }

  @Test
  void theDateIsTheCurrentTimeByDefault() {
    // given
    wireMock.stubFor(get(anyUrl()).willReturn(xml(200, "consume-response.xml")));
    Instant before = Instant.now().minusSeconds(1);
    // when
    MqClient.of(URI.create(wireMock.baseUrl()), Credentials.of("ak", "sk"))
        .consumer("I1", "T1", "GID_1", null)
        .consume(1, 0);
    // then
    Instant sent = HttpDates.parse(RecordedRequests.only(wireMock).getHeader("Date")).orElseThrow();
    assertThat(sent).isBetween(before, Instant.now().plusSeconds(1));
  }
}
