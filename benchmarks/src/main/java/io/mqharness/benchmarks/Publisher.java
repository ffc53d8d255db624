package io.mqharness.benchmarks;

import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.xml.ProtocolXml;
import java.io.IOException;

/**
 * Publishes to one topic over one {@link HttpConnection} (SPEC §4.2), with the protocol module's
 * XML writer and a head from {@link SignedRequests}; not thread-safe, one per worker. Bodies are
 * ASCII of a fixed length, distinct per label, so that a consumer can tell which publish it got
 * ({@link #firstBody}).
 */
final class Publisher implements AutoCloseable {
  private static final String TAG = "bench";

  private final HttpConnection connection;
  private final SignedRequests signed;
  private final String path;

  /**
   * A publisher of {@code topic} (no instance namespace) on a connection of its own to {@code
   * signed}'s server.
   */
  Publisher(HttpConnection connection, SignedRequests signed, String topic) {
    this.connection = connection;
    this.signed = signed;
    this.path = "/topics/" + topic + "/messages";
  }

  /**
   * Publishes {@code body} with tag {@value #TAG}.
   *
   * @throws UnexpectedAnswer when the answer is not 201
   * @throws IOException when the connection fails
   */
  void publish(String body) throws IOException {
    byte[] xml =
        ProtocolXml.writePublishRequest(new PublishRequest(body, TAG, MessageProperties.empty()));
    HttpConnection.RawResponse answer =
        connection.exchange(signed.head("POST", path, xml.length), xml);
    if (answer.status() != 201) {
      throw new UnexpectedAnswer("publish", answer);
    }
  }

  @Override
  public void close() {
    connection.close();
  }

  /** A message body of exactly {@code length} ASCII characters that starts with {@code label}. */
  static String body(String label, int length) {
    StringBuilder body = new StringBuilder(length).append(label).append('-');
    while (body.length() < length) {
      body.append('x');
    }
    return body.substring(0, length);
  }

  /**
   * The body of the first message of a consume answer ({@code <Messages>}, SPEC §4.4), or null when
   * it has none.
   */
  static String firstBody(byte[] consumeAnswer) {
    ConsumedMessages messages = ProtocolXml.readConsumedMessages(consumeAnswer);
    return messages.messages().isEmpty() ? null : messages.messages().get(0).body();
  }
}
