package io.mqharness.conformance.support.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.mqharness.conformance.support.scenario.TestTopic;

/** The requests of one operation on one topic (SPEC §1 table), to aim a fault at. */
public final class FaultRequests {
  private FaultRequests() {}

  public static MappingBuilder publishTo(TestTopic topic) {
    return post(urlPathEqualTo(topic.path()));
  }

  public static MappingBuilder consumeFrom(TestTopic topic) {
    return get(urlPathEqualTo(topic.path())).withQueryParam("trans", absent());
  }

  public static MappingBuilder halfPopFrom(TestTopic topic) {
    return get(urlPathEqualTo(topic.path())).withQueryParam("trans", equalTo("pop"));
  }

  public static MappingBuilder ackOn(TestTopic topic) {
    return delete(urlPathEqualTo(topic.path())).withQueryParam("trans", absent());
  }

  public static MappingBuilder commitOn(TestTopic topic) {
    return delete(urlPathEqualTo(topic.path())).withQueryParam("trans", equalTo("commit"));
  }

  public static MappingBuilder rollbackOn(TestTopic topic) {
    return delete(urlPathEqualTo(topic.path())).withQueryParam("trans", equalTo("rollback"));
  }
}
