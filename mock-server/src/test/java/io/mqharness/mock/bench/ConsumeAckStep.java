package io.mqharness.mock.bench;

import java.io.IOException;
import java.util.List;

/** Takes a batch of up to 16 messages without waiting and acks them all: two requests per batch. */
record ConsumeAckStep(String topic, String group) implements Step {
  static final int BATCH = 16;

  @Override
  public int run(HttpConnection connection, SignedRequests requests) throws IOException {
    String resource = "/topics/" + topic + "/messages?consumer=" + group;
    HttpConnection.RawResponse consumed = connection.exchange(requests.head("GET", resource + "&numOfMessages=" + BATCH, -1), null);
    if (consumed.status() == 404 && consumed.text().contains("MessageNotExist")) {
      return EXHAUSTED;
    }
    if (consumed.status() != 200) {
      throw new UnexpectedAnswer("consume", consumed);
    }
    List<String> handles = ProtocolBodies.receiptHandles(consumed.text());
    byte[] ack = ProtocolBodies.ack(handles);
    HttpConnection.RawResponse acked = connection.exchange(requests.head("DELETE", resource, ack.length), ack);
    if (acked.status() != 204) {
      throw new UnexpectedAnswer("ack", acked);
    }
    return handles.size();
  }
}
