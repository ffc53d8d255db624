package io.mqharness.mock.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The XML the bench sends and the little it reads back (SPEC §4.2, §4.4, §4.5). */
final class ProtocolBodies {
  static final String NS = "http://mq.aliyuncs.com/doc/v1/";
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String HANDLE_OPEN = "<ReceiptHandle>";
  private static final String HANDLE_CLOSE = "</ReceiptHandle>";

  private ProtocolBodies() {}

  /** A message body of exactly {@code length} ASCII characters that starts with {@code label}. */
  static String body(String label, int length) {
    StringBuilder body = new StringBuilder(length).append(label).append('-');
    while (body.length() < length) {
      body.append('x');
    }
    return body.substring(0, length);
  }

  static byte[] publish(String body) {
    return (XML_DECLARATION + "<Message xmlns=\"" + NS + "\"><MessageBody>" + body
        + "</MessageBody><MessageTag>bench</MessageTag></Message>").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] ack(List<String> handles) {
    StringBuilder xml = new StringBuilder(64 + handles.size() * 80)
        .append(XML_DECLARATION).append("<ReceiptHandles xmlns=\"").append(NS).append("\">");
    handles.forEach(h -> xml.append(HANDLE_OPEN).append(h).append(HANDLE_CLOSE));
    return xml.append("</ReceiptHandles>").toString().getBytes(StandardCharsets.UTF_8);
  }

  static List<String> receiptHandles(String consumeAnswer) {
    List<String> handles = new ArrayList<>(16);
    for (int open = consumeAnswer.indexOf(HANDLE_OPEN); open >= 0; open = consumeAnswer.indexOf(HANDLE_OPEN, open)) {
      int close = consumeAnswer.indexOf(HANDLE_CLOSE, open);
      handles.add(consumeAnswer.substring(open + HANDLE_OPEN.length(), close));
      open = close;
    }
    return handles;
  }

  /** The text of the first {@code <MessageBody>}, or null. */
  static String firstBody(String consumeAnswer) {
    int open = consumeAnswer.indexOf("<MessageBody>");
    return open < 0 ? null : consumeAnswer.substring(open + 13, consumeAnswer.indexOf("</MessageBody>", open));
  }
}
