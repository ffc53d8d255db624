package io.mqharness.simulations.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.http.client.Request;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.protocol.sign.SignedHeaders;
import io.mqharness.simulations.requests.ProtocolBodies;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MqSignatureTest {
  private final MqSignature signature =
      new MqSignature(
          Credentials.of("ak", "sk"),
          Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));
  private final SignatureVerifier verifier =
      new SignatureVerifier(id -> id.equals("ak") ? Optional.of("sk") : Optional.empty());

  @Test
  void aSignedConsumeIsAcceptedByTheServersVerifier() {
    Request signed =
        signature.apply(
            GatlingRequests.of(
                HttpMethod.GET,
                "http://127.0.0.1:8080/topics/T/messages?consumer=GID&numOfMessages=16&ns=I&waitseconds=1",
                new DefaultHttpHeaders()));
    assertThat(signed.getHeaders().get("Date")).isEqualTo("Wed, 25 Nov 2026 08:00:00 GMT");
    assertThat(signed.getHeaders().get("x-mq-version")).isEqualTo("2015-06-06");
    assertThat(
            verify(signed, "/topics/T/messages?consumer=GID&numOfMessages=16&ns=I&waitseconds=1"))
        .isTrue();
  }

  @Test
  void aSignedPublishCoversItsContentType() {
    HttpHeaders headers = new DefaultHttpHeaders().set("Content-Type", ProtocolBodies.CONTENT_TYPE);
    Request signed =
        signature.apply(
            GatlingRequests.of(
                HttpMethod.POST, "http://127.0.0.1:8080/topics/T/messages?ns=I", headers));
    assertThat(verify(signed, "/topics/T/messages?ns=I")).isTrue();
    // the same signature does not fit another path
    assertThat(verify(signed, "/topics/OTHER/messages?ns=I")).isFalse();
  }

  @Test
  void itSetsTheHeadersTheProtocolsSignerGivesForEachSecond() {
    // given: temporary credentials and a clock that moves from one second to the next
    Credentials temporary = new Credentials("ak", "sk", "sts-token");
    Instant[] now = {Instant.parse("2026-11-25T08:00:00.100Z")};
    Clock moving =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    MqSignature signing = new MqSignature(temporary, moving);
    for (String at :
        List.of(
            "2026-11-25T08:00:00.100Z",
            "2026-11-25T08:00:00.900Z",
            "2026-11-25T08:00:01.000Z",
            "2026-11-25T09:30:59.999Z")) {
      now[0] = Instant.parse(at);
      HttpHeaders headers =
          new DefaultHttpHeaders().set("Content-Type", ProtocolBodies.CONTENT_TYPE);
      // when
      Request signed =
          signing.apply(
              GatlingRequests.of(
                  HttpMethod.POST, "http://127.0.0.1:8080/topics/T/messages?ns=I", headers));
      // then: Date, x-mq-version, Authorization and security-token as SignedHeaders computes them
      Map<String, String> expected =
          SignedHeaders.of(
              temporary, "POST", ProtocolBodies.CONTENT_TYPE, now[0], "/topics/T/messages?ns=I");
      expected.forEach(
          (name, value) ->
              assertThat(signed.getHeaders().get(name)).as(at + " " + name).isEqualTo(value));
    }
    // and a request without Content-Type or query
    Request consume =
        signing.apply(
            GatlingRequests.of(
                HttpMethod.GET,
                "http://127.0.0.1:8080/topics/T/messages",
                new DefaultHttpHeaders()));
    assertThat(consume.getHeaders().get("Authorization"))
        .isEqualTo(
            SignedHeaders.of(temporary, "GET", null, now[0], "/topics/T/messages")
                .get("Authorization"));
  }

  private boolean verify(Request signed, String pathAndQuery) {
    return verifier
        .verify(signed.getMethod().name(), pathAndQuery, name -> signed.getHeaders().get(name))
        .isVerified();
  }
}
