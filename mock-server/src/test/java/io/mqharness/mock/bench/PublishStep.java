package io.mqharness.mock.bench;

import java.io.IOException;

/** One publish of a fixed body to one topic; the same request serves the static stub. */
record PublishStep(String topic, byte[] body) implements Step {
  static PublishStep of(String topic, int bodyLength) {
    return new PublishStep(topic, ProtocolBodies.publish(ProtocolBodies.body(topic, bodyLength)));
  }

  @Override
  public int run(HttpConnection connection, SignedRequests requests) throws IOException {
    HttpConnection.RawResponse answer =
        connection.exchange(requests.head("POST", "/topics/" + topic + "/messages", body.length), body);
    if (answer.status() != 201) {
      throw new UnexpectedAnswer("publish", answer);
    }
    return 1;
  }
}
