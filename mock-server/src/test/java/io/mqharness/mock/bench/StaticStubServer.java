package io.mqharness.mock.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import java.util.concurrent.CountDownLatch;

/**
 * The baseline: plain WireMock (its own thread pool and handlers) with one static stub answering every POST
 * with a 201 publish response. Configured like the simulator under bench (request journal off, stub request
 * logging off, responses neither gzipped nor chunked), so the two differ only in what answers the request.
 */
public final class StaticStubServer {
  static final String PUBLISH_RESPONSE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageId>0B0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C</MessageId>"
      + "<MessageBodyMD5>5D41402ABC4B2A76B9719D911017C592</MessageBodyMD5></Message>";

  private StaticStubServer() {}

  public static void main(String[] args) throws InterruptedException {
    WireMockServer server = new WireMockServer(wireMockConfig()
        .dynamicPort()
        .bindAddress("127.0.0.1")
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));
    server.start();
    server.stubFor(post(anyUrl()).willReturn(aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "text/xml;charset=utf-8")
        .withHeader("x-mq-version", "2015-06-06")
        .withBody(PUBLISH_RESPONSE)));
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "static-stub-shutdown"));
    System.out.println("Static stub listening on http://127.0.0.1:" + server.port());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
