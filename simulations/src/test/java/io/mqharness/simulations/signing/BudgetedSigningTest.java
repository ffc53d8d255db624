package io.mqharness.simulations.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.http.client.Request;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulations.guard.RequestBudget;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BudgetedSigningTest {
  private final RequestBudget budget = new RequestBudget(10, 0);
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);

  @Test
  void eachSignedRequestTakesOneFromTheRunsBudget() {
    // given
    BudgetedSigning signing =
        new BudgetedSigning(budget, new MqSignature(Credentials.of("ak", "sk"), clock));
    // when
    Request signed = signing.apply(consume());
    // then
    assertThat(signed.getHeaders().get("Authorization")).startsWith("MQ ak:");
    assertThat(budget.taken()).isEqualTo(1);
  }

  @Test
  void anotherSignatureSpendsTheSameBudget() {
    // given
    BudgetedSigning signing =
        new BudgetedSigning(budget, new MqSignature(Credentials.of("ak", "sk"), clock));
    BudgetedSigning wrongKey =
        signing.with(new MqSignature(Credentials.of("ak", "not-the-secret"), clock));
    // when
    signing.apply(consume());
    Request signed = wrongKey.apply(consume());
    // then
    assertThat(signed.getHeaders().get("Authorization")).startsWith("MQ ak:");
    assertThat(budget.taken()).isEqualTo(2);
  }

  private static Request consume() {
    return GatlingRequests.of(
        HttpMethod.GET,
        "http://127.0.0.1:8080/topics/T/messages?consumer=GID&ns=I&waitseconds=1",
        new DefaultHttpHeaders());
  }
}
