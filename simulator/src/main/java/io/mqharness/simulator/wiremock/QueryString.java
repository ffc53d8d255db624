package io.mqharness.simulator.wiremock;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The query of a request target, decoded the way SPEC §2.3 says: {@code +} is a space, then
 * percent-decoding. Order does not matter to the server (the signature is checked over the raw
 * query elsewhere); for a repeated name the first value counts.
 */
record QueryString(Map<String, String> values) {

  static QueryString parse(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String item : rawQuery.split("&")) {
        if (item.isEmpty()) {
          continue;
        }
        int eq = item.indexOf('=');
        String name = decode(eq < 0 ? item : item.substring(0, eq));
        String value = eq < 0 ? "" : decode(item.substring(eq + 1));
        values.putIfAbsent(name, value);
      }
    }
    return new QueryString(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ProtocolError(
          io.mqharness.protocol.error.ErrorCode.INVALID_QUERY_STRING,
          "The query string item \"" + raw + "\" is not valid percent-encoding.");
    }
  }
}
