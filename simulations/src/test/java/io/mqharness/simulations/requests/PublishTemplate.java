package io.mqharness.simulations.requests;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.protocol.xml.ProtocolXml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publish bodies (SPEC §4.2) of one shape: a tag (or none) and property keys in a fixed order. The
 * protocol's writer writes the shape once with placeholders; {@link #write} then puts each
 * message's body and property values in their places, which gives the bytes the writer would give,
 * without running it per message. A body or value that the writer would escape (anything but
 * printable ASCII other than {@code & < >}, and tab or line feed), and a property value it would
 * refuse, go through the protocol's writer instead, which escapes or throws as it does.
 */
public final class PublishTemplate {
  private static final String BODY_MARK = "@BODY@";

  private final String tag;
  private final List<String> keys;
  private final byte[][] literals;

  /**
   * {@code tag}: null for none; {@code keys}: the property keys every message of this shape
   * carries, in order.
   */
  public PublishTemplate(String tag, List<String> keys) {
    this.tag = tag;
    this.keys = List.copyOf(keys);
    Map<String, String> marks = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      marks.put(keys.get(i), "@V" + i + "@");
    }
    String written =
        new String(
            ProtocolXml.writePublishRequest(
                new PublishRequest(BODY_MARK, tag, MessageProperties.of(marks))),
            StandardCharsets.UTF_8);
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    List<String> order = new ArrayList<>(List.of(BODY_MARK));
    order.addAll(marks.values());
    for (String mark : order) {
      int at = written.indexOf(mark, from);
      if (at < 0) {
        throw new IllegalStateException("the protocol's writer moved " + mark + ": " + written);
      }
      parts.add(written.substring(from, at).getBytes(StandardCharsets.UTF_8));
      from = at + mark.length();
    }
    parts.add(written.substring(from).getBytes(StandardCharsets.UTF_8));
    this.literals = parts.toArray(byte[][]::new);
  }

  /**
   * The body of one publish: {@code body} and one value per key of this shape, in the same order;
   * the bytes {@link ProtocolXml#writePublishRequest} writes for the same message.
   */
  public byte[] write(String body, String... values) {
    if (values.length != keys.size()) {
      throw new IllegalArgumentException(
          keys.size() + " property values expected, " + values.length + " given");
    }
    int length = body.length();
    boolean plain = isPlain(body);
    for (int i = 0; i < values.length; i++) {
      length += values[i].length();
      plain &= isPlain(values[i]) && isPlainValue(values[i]);
    }
    if (!plain) {
      return slowly(body, values);
    }
    for (byte[] literal : literals) {
      length += literal.length;
    }
    byte[] out = new byte[length];
    int at = put(out, 0, literals[0]);
    at = put(out, at, body);
    for (int i = 0; i < values.length; i++) {
      at = put(out, at, literals[i + 1]);
      at = put(out, at, values[i]);
    }
    put(out, at, literals[literals.length - 1]);
    return out;
  }

  private byte[] slowly(String body, String[] values) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      properties.put(keys.get(i), values[i]);
    }
    return ProtocolXml.writePublishRequest(
        new PublishRequest(body, tag, MessageProperties.of(properties)));
  }

  /** Text the writer copies as it is: printable ASCII but {@code & < >}, tab and line feed. */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n') || c > 0x7e || c == '&' || c == '<' || c == '>') {
        return false;
      }
    }
    return true;
  }

  /**
   * A property value the protocol accepts as it is (SPEC §5.1): none of {@code " ' : |}, which the
   * writer refuses.
   */
  static boolean isPlainValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      if ("\"':|".indexOf(value.charAt(i)) >= 0) {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private static int put(byte[] out, int at, byte[] literal) {
    System.arraycopy(literal, 0, out, at, literal.length);
    return at + literal.length;
  }

  /** Plain text only: one byte per char. */
  @SuppressWarnings("deprecation")
  private static int put(byte[] out, int at, String text) {
    text.getBytes(0, text.length(), out, at);
    return at + text.length();
  }
}
