package io.mqharness.conformance.support.journal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.support.scenario.TestTopic;
import java.util.List;

/** The requests a simulator received, as the client sent them (raw URL, headers, body). */
public final class RequestJournal {
  private final WireMock wireMock;

  public RequestJournal(WireMock wireMock) {
    this.wireMock = wireMock;
  }

  public List<LoggedRequest> requestsTo(TestTopic topic) {
    return wireMock.find(anyRequestedFor(urlPathEqualTo(topic.path())));
  }
}
