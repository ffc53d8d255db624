package io.mqharness.simulations.signing;

import io.gatling.http.client.Request;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.SignedHeaders;
import io.mqharness.simulations.guard.RequestBudget;
import java.time.Clock;
import java.util.function.Function;

/**
 * Gatling's {@code sign(...)} step: each request gets its own Date, {@code x-mq-version} and Authorization
 * (SPEC §3), computed with the protocol library's signer over the method, Content-Type and path with query as sent.
 */
public final class MqSignature implements Function<Request, Request> {
  private final Credentials credentials;
  private final Clock clock;
  private final RequestBudget budget;

  public MqSignature(Credentials credentials, Clock clock, RequestBudget budget) {
    this.credentials = credentials;
    this.clock = clock;
    this.budget = budget;
  }

  @Override
  public Request apply(Request request) {
    budget.take();
    String query = request.getUri().getQuery();
    String pathAndQuery = request.getUri().getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    SignedHeaders.of(credentials, request.getMethod().name(), request.getHeaders().get("Content-Type"), clock.instant(),
        pathAndQuery).forEach(request.getHeaders()::set);
    return request;
  }
}
