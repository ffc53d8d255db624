package io.mqharness.simulator.wiremock;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.mqharness.protocol.model.WireHeaders;
import io.mqharness.protocol.sign.CanonicalRequest;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.protocol.sign.HttpDates;
import io.mqharness.protocol.sign.Signer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the simulator's transformer receives it from Jetty (method, raw target,
 * headers, body), drawn from fuzz data. Most draws stay close to the protocol (known paths, query
 * names, XML bodies, a correct signature), so that the fuzzer reaches the engine; any part can also
 * be arbitrary. {@code handles} are receipt handles earlier answers gave, so that acks, commits and
 * rollbacks can name real ones.
 */
record FuzzedRequest(String method, String target, Map<String, String> headers, byte[] body) {
  static final Credentials PAIR = Credentials.of("harness-ak", "harness-sk");
  private static final String[] METHODS = {
    "POST", "GET", "DELETE", "POST", "GET", "DELETE", "PUT", "HEAD", "PATCH"
  };
  private static final String[] PATHS = {
    "/topics/T1/messages",
    "/topics/T2/messages",
    "/topics/T1/messages",
    "/api/topics/T1/messages",
    "/topics//messages",
    "/queues/T1/messages",
    "/topics/T1"
  };
  private static final String[] NAMES = {
    "ns", "consumer", "numOfMessages", "waitseconds", "tag", "trans"
  };
  private static final Map<String, String[]> VALUES =
      Map.of(
          "ns", new String[] {"I1", "", "I2"},
          "consumer", new String[] {"GID_1", "GID_2", ""},
          "numOfMessages", new String[] {"1", "16", "0", "17", "%203%20", "-1"},
          "waitseconds", new String[] {"0", "31", "-1", "x"},
          "tag", new String[] {"a", "a%7C%7Cb", "*", "", "%E0%A4%A0"},
          "trans", new String[] {"order", "pop", "commit", "rollback", "", "sideways"});
  private static final String[] PROPERTIES = {
    "__TransCheckT:10|",
    "__STARTDELIVERTIME:1795636349000|",
    "__SHARDINGKEY:k|",
    "KEYS:key1|",
    "a:b|",
    "a:b:c|",
    "__TransCheckT:soon|",
    "__STARTDELIVERTIME:99999999999999|"
  };

  static FuzzedRequest draw(FuzzedDataProvider data, Instant now, List<String> handles) {
    String method = data.pickValue(METHODS);
    String path =
        data.consumeInt(0, 7) < 7 ? data.pickValue(PATHS) : "/" + encode(data.consumeString(80));
    String query = query(data);
    String target = query == null ? path : path + "?" + query;
    byte[] body = body(data, method, handles);
    String date =
        switch (data.consumeInt(0, 7)) {
          case 0 -> null;
          case 1 -> data.consumeString(40);
          case 2 -> HttpDates.format(now.plusSeconds(data.consumeLong(-3_600, 3_600)));
          default -> HttpDates.format(now);
        };
    String contentType =
        body == null
            ? null
            : data.consumeInt(0, 7) == 0 ? data.consumeString(40) : "text/xml;charset=UTF-8";
    String contentMd5 =
        switch (data.consumeInt(0, 7)) {
          case 0 -> body == null ? null : ContentDigest.contentMd5(body);
          case 1 -> data.consumeString(30);
          default -> null;
        };
    Map<String, String> headers = new LinkedHashMap<>();
    put(headers, "Date", date);
    put(
        headers,
        WireHeaders.VERSION_HEADER,
        data.consumeInt(0, 7) == 0 ? null : WireHeaders.VERSION);
    put(headers, "Content-Type", contentType);
    put(headers, "Content-MD5", contentMd5);
    String authorization =
        switch (data.consumeInt(0, 7)) {
          case 0 -> null;
          case 1 -> data.consumeString(60);
          case 2 ->
              Signer.authorization(
                  Credentials.of("nobody", "x"),
                  canonical(method, contentMd5, contentType, date, target));
          default ->
              date == null
                  ? null
                  : Signer.authorization(
                      PAIR, canonical(method, contentMd5, contentType, date, target));
        };
    put(headers, "Authorization", authorization);
    return new FuzzedRequest(method, target, headers, body);
  }

  private static CanonicalRequest canonical(
      String method, String md5, String contentType, String date, String target) {
    return CanonicalRequest.of(method, md5, contentType, date == null ? "" : date, target);
  }

  private static String query(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> null;
      case 1 -> encode(data.consumeString(200));
      default -> {
        StringBuilder query = new StringBuilder();
        int items = data.consumeInt(0, 6);
        for (int i = 0; i < items; i++) {
          String name =
              data.consumeInt(0, 9) == 0 ? encode(data.consumeString(12)) : data.pickValue(NAMES);
          String[] known = VALUES.getOrDefault(name, new String[] {""});
          String value =
              data.consumeBoolean() ? data.pickValue(known) : encode(data.consumeString(70));
          query.append(i == 0 ? "" : "&").append(name).append('=').append(value);
        }
        yield query.toString();
      }
    };
  }

  private static byte[] body(FuzzedDataProvider data, String method, List<String> handles) {
    int form = data.consumeInt(0, 5);
    if (form == 0) {
      return data.consumeBytes(2_000);
    }
    if (form == 1 || method.equals("GET") && form < 5) {
      return null;
    }
    if (method.equals("DELETE") && form < 5) {
      StringBuilder xml =
          new StringBuilder("<ReceiptHandles xmlns=\"http://mq.aliyuncs.com/doc/v1/\">");
      int count = data.consumeInt(0, 18);
      for (int i = 0; i < count; i++) {
        String handle =
            !handles.isEmpty() && data.consumeBoolean()
                ? handles.get(data.consumeInt(0, handles.size() - 1))
                : data.consumeString(60);
        xml.append("<ReceiptHandle>").append(escape(handle)).append("</ReceiptHandle>");
      }
      return xml.append("</ReceiptHandles>").toString().getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message xmlns=\"http://mq.aliyuncs.com/doc/v1/\">");
    xml.append("<MessageBody>").append(escape(data.consumeString(300))).append("</MessageBody>");
    if (data.consumeBoolean()) {
      xml.append("<MessageTag>").append(escape(data.consumeString(70))).append("</MessageTag>");
    }
    if (data.consumeBoolean()) {
      String properties =
          data.consumeBoolean() ? data.pickValue(PROPERTIES) : data.consumeString(100);
      xml.append("<Properties>").append(escape(properties)).append("</Properties>");
    }
    return xml.append("</Message>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes what a request target cannot carry as is (controls, spaces, non-ASCII,
   * characters a URI forbids); a {@code %} stays raw only before two hex digits, so the target is
   * always a valid URI, as Jetty hands it on.
   */
  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean escape =
          c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)
          || escape) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A header value as Jetty can deliver one: no control characters, nothing beyond ISO-8859-1. */
  private static void put(Map<String, String> headers, String name, String value) {
    if (value != null) {
      StringBuilder clean = new StringBuilder(value.length());
      value
          .chars()
          .forEach(
              c -> clean.append(c == '\t' || c >= 0x20 && c != 0x7f && c <= 0xff ? (char) c : '?'));
      headers.put(name, clean.toString().strip());
    }
  }
}
