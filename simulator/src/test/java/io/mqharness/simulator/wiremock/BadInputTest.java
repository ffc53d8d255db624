package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.junit.MqSimulatorExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every kind of bad request gets the protocol's error (code, status, request id) and then a normal
 * round trip still works with every message published before the bad requests delivered exactly
 * once.
 */
class BadInputTest {
  @RegisterExtension static MqSimulatorExtension mq = MqSimulatorExtension.withVirtualClock();

  private static final String T = "/topics/T1/messages";
  private static final String PUBLISH_BODY =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\"><MessageBody>x</MessageBody></Message>";

  @Test
  void badRequestsGetProtocolErrorsAndLoseNothing() throws Exception {
    // given five messages stored before any bad request
    MqClient client = MqClient.of(URI.create(mq.baseUrl()), credentials());
    IntStream.range(0, 5)
        .forEach(i -> client.producer("I1", "T1").publish(TopicMessage.of("kept-" + i)));
    SignedHttp http = new SignedHttp(mq.baseUrl(), credentials());

    // when every kind of bad request arrives, then each gets its error
    assertError(
        http.send("POST", T + "?ns=I1", "<Message><MessageBody>x</MessageBody>"),
        400,
        "MalformedXML");
    assertError(http.send("POST", T + "?ns=I1", "not xml at all"), 400, "MalformedXML");
    assertError(
        http.send(
            "POST",
            T + "?ns=I1",
            "<!DOCTYPE a [<!ENTITY x \"y\">]><Message><MessageBody>&x;</MessageBody></Message>"),
        400,
        "MalformedXML");
    assertError(http.send("POST", T + "?ns=I1", ""), 400, "MalformedXML");
    assertError(
        http.send("POST", T + "?ns=I1", "<Message><MessageBody></MessageBody></Message>"),
        400,
        "InvalidArgument");
    assertError(
        http.send(
            "POST",
            T + "?ns=I1",
            "<Message><MessageBody>x</MessageBody><Properties>a:b:c|</Properties></Message>"),
        400,
        "InvalidArgument");
    assertError(
        http.send(
            "POST",
            T + "?ns=I1",
            "<Message><MessageBody>x</MessageBody><Properties>__TransCheckT:soon|</Properties></Message>"),
        400,
        "InvalidArgument");
    assertError(
        http.send(
            "POST",
            T + "?ns=I1",
            "<Message><MessageBody>x</MessageBody><MessageTag>"
                + "t".repeat(65)
                + "</MessageTag></Message>"),
        400,
        "InvalidArgument");
    assertError(
        http.send(
            "POST",
            T + "?ns=I1",
            "<Message><MessageBody>"
                + "x".repeat(4 * 1024 * 1024 + 1)
                + "</MessageBody></Message>"),
        400,
        "InvalidArgument");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=0", null), 400, "InvalidArgument");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=17", null), 400, "InvalidArgument");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=abc", null), 400, "InvalidArgument");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=1&waitseconds=31", null),
        400,
        "InvalidArgument");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=1&waitseconds=-1", null),
        400,
        "InvalidArgument");
    assertError(http.send("GET", T + "?ns=I1&numOfMessages=1", null), 400, "InvalidQueryString");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=1&trans=sideways", null),
        400,
        "InvalidQueryString");
    assertError(
        http.send("DELETE", T + "?ns=I1&consumer=G", "<ReceiptHandles/>"),
        400,
        "MissingReceiptHandle");
    assertError(
        http.send("DELETE", T + "?ns=I1&consumer=G", "<ReceiptHandles><ReceiptHandle>"),
        400,
        "MalformedXML");
    assertError(
        http.send("GET", "/queues/T1/messages?consumer=G&numOfMessages=1", null),
        400,
        "InvalidRequestURL");
    assertError(
        http.send("GET", T + "?ns=I1&consumer=G&numOfMessages=1&pad=" + "p".repeat(1100), null),
        400,
        "InvalidRequestURL");
    assertError(http.send("PUT", T + "?ns=I1", PUBLISH_BODY), 400, "InvalidRequestURL");
    assertError(
        send(http, "POST", Map.of("Authorization", "MQ harness-ak:AAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
        403,
        "SignatureDoesNotMatch");
    assertError(
        send(http, "POST", Map.of("Authorization", "MQ nobody:AAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
        403,
        "InvalidAccessKeyId");
    assertError(
        send(http, "POST", Map.of("Authorization", "Basic abc")),
        400,
        "InvalidAuthorizationHeader");
    assertError(send(http, "POST", nullValued("Authorization")), 400, "MissingAuthorizationHeader");
    assertError(send(http, "POST", nullValued("Date")), 400, "MissingDateHeader");
    assertError(send(http, "POST", Map.of("Date", "yesterday at noon")), 400, "InvalidDateHeader");
    byte[] publish = PUBLISH_BODY.getBytes(StandardCharsets.UTF_8);
    assertError(
        http.sendWithDigest(
            "POST", T + "?ns=I1", publish, "ZmYzMzQzY2JiM2Y0YTI2NWQ4NWNiMzIwZjBkODExZDM="),
        400,
        "InvalidDigest");
    assertThat(
            http.sendWithDigest("POST", T + "?ns=I1", publish, ContentDigest.contentMd5(publish))
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> unknownHandle =
        http.send(
            "DELETE",
            T + "?ns=I1&consumer=G",
            "<ReceiptHandles><ReceiptHandle>no-such-handle</ReceiptHandle></ReceiptHandles>");
    assertThat(unknownHandle.statusCode()).isEqualTo(404);
    HandleErrors errors =
        ProtocolXml.readHandleErrors(unknownHandle.body().getBytes(StandardCharsets.UTF_8));
    assertThat(errors.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.errorCode()).isEqualTo("ReceiptHandleError");
              assertThat(e.receiptHandle()).isEqualTo("no-such-handle");
            });

    // and requests that never complete or are not HTTP at all do not hurt the simulator
    assertRawError(
        raw(
            "POST "
                + T
                + "?ns=I1 HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 500\r\n\r\n<Message><MessageBo"),
        "MalformedXML");
    assertRawError(raw("\u0000\u0001garbage\r\n\r\n"), "MalformedXML");
    assertRawError(
        raw(
            "GET "
                + T
                + "?ns=I1&consumer=G&numOfMessages=1&tag=%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
        "InvalidQueryString");

    // then a normal round trip works and the five earlier messages are all there, each once
    client.producer("I1", "T1").publish(TopicMessage.of("after"));
    MqConsumer consumer = client.consumer("I1", "T1", "GID_AFTER", null);
    List<String> bodies = new ArrayList<>();
    for (List<ConsumedMessage> batch = consumer.consume(16, 0);
        !batch.isEmpty();
        batch = consumer.consume(16, 0)) {
      batch.forEach(m -> bodies.add(m.body()));
      consumer.ack(batch.stream().map(ConsumedMessage::receiptHandle).toList());
    }
    assertThat(bodies)
        .containsExactlyInAnyOrder("kept-0", "kept-1", "kept-2", "kept-3", "kept-4", "x", "after");
  }

  private static HttpResponse<String> send(
      SignedHttp http, String method, Map<String, String> overrides) {
    return http.send(
        method, T + "?ns=I1", PUBLISH_BODY.getBytes(StandardCharsets.UTF_8), overrides);
  }

  private static Map<String, String> nullValued(String header) {
    Map<String, String> m = new HashMap<>();
    m.put(header, null);
    return m;
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/xml"));
    ErrorResponse error =
        ProtocolXml.readErrorResponse(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(error.code()).isEqualTo(code);
    assertThat(error.requestId())
        .isNotEmpty()
        .isEqualTo(response.headers().firstValue("x-mq-request-id").orElseThrow());
    assertThat(response.body()).contains("xmlns=\"http://mq.aliyuncs.com/doc/v1\"");
  }

  /** Sends raw bytes, stops sending, and returns all the simulator answers before it closes. */
  private static String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", mq.simulator().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertRawError(String answer, String code) {
    assertThat(answer)
        .startsWith("HTTP/1.1 400 ")
        .contains("x-mq-request-id: ")
        .contains("<Code>" + code + "</Code>");
  }

  private static Credentials credentials() {
    return Credentials.of(
        SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET);
  }
}
