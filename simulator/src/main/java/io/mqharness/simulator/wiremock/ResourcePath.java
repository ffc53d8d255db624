package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request target split into topic and raw query. The resource is {@code
 * /topics/{topic}/messages}; a path prefix in front of it is tolerated (the Java SDK keeps the
 * endpoint's path, SPEC §2.1).
 */
record ResourcePath(String topic, String rawQuery) {
  static final int MAX_REQUEST_LINE = ProtocolLimits.MAX_REQUEST_LINE_CHARS;
  private static final Pattern RESOURCE = Pattern.compile("^(?:/[^?]*)?/topics/([^/?]+)/messages$");

  static ResourcePath parse(String method, String target) {
    if (method.length() + 1 + target.length() + " HTTP/1.1".length() > MAX_REQUEST_LINE) {
      throw new ProtocolError(
          ErrorCode.INVALID_REQUEST_URL,
          "The request line is longer than " + MAX_REQUEST_LINE + " characters.");
    }
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Matcher m = RESOURCE.matcher(path);
    if (!m.matches()) {
      throw new ProtocolError(
          ErrorCode.INVALID_REQUEST_URL,
          "The resource " + path + " is not /topics/{topic}/messages.");
    }
    return new ResourcePath(m.group(1), q < 0 ? "" : target.substring(q + 1));
  }
}
