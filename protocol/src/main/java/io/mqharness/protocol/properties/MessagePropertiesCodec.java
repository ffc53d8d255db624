package io.mqharness.protocol.properties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code k1:v1|k2:v2|} wire form of message properties (SPEC §5).
 *
 * <p>Encoding writes the trailing-bar form the service echoes back; decoding is tolerant as SPEC
 * §5.2 says: empty items are skipped, an item is kept only if it splits into exactly two non-empty
 * parts, the last duplicate wins. {@link #decodeStrict} is the server's check for publish requests.
 */
public final class MessagePropertiesCodec {
  private MessagePropertiesCodec() {}

  /**
   * The wire string, or {@code null} when there are no properties (the element is then omitted).
   */
  public static String encode(MessageProperties properties) {
    if (properties.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    properties.asMap().forEach((k, v) -> out.append(k).append(':').append(v).append('|'));
    return out.toString();
  }

  /**
   * Reads a wire string the tolerant way the SDKs read it back; {@code null} or blank gives no
   * properties.
   */
  public static MessageProperties decode(String wire) {
    if (wire == null || wire.isEmpty()) {
      return MessageProperties.empty();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String item : wire.split("\\|", -1)) {
      String[] parts = item.split(":", -1);
      if (parts.length == 2
          && !parts[0].isEmpty()
          && !parts[1].isEmpty()
          && allowed(parts[0])
          && allowed(parts[1])) {
        map.put(parts[0], parts[1]);
      }
    }
    return new MessageProperties(map);
  }

  /**
   * Reads a wire string as a server must accept it from a publisher: every non-empty item must be
   * one {@code key:value} pair of non-empty parts without forbidden characters, else {@link
   * InvalidPropertyException}.
   */
  public static MessageProperties decodeStrict(String wire) {
    if (wire == null || wire.isEmpty()) {
      return MessageProperties.empty();
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String item : wire.split("\\|", -1)) {
      if (item.isEmpty()) {
        continue;
      }
      String[] parts = item.split(":", -1);
      if (parts.length != 2) {
        throw new InvalidPropertyException(
            "Property item \"" + item + "\" is not one key:value pair.");
      }
      map.put(parts[0], parts[1]);
    }
    return new MessageProperties(map);
  }

  private static boolean allowed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("&\"'<>".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
