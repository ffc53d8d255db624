package io.mqharness.protocol.sign;

import io.mqharness.protocol.model.WireHeaders;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a signature covers (SPEC §3.1). {@code contentMd5} and {@code contentType} are null or empty
 * when the header is absent; {@code mqHeaders} are the {@code x-mq-*} headers (names are
 * lower-cased and sorted); {@code pathAndQuery} is byte-exact as in the request line.
 */
public record CanonicalRequest(
    String method,
    String contentMd5,
    String contentType,
    String date,
    Map<String, String> mqHeaders,
    String pathAndQuery) {
  public CanonicalRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    TreeMap<String, String> sorted = new TreeMap<>();
    mqHeaders.forEach((name, value) -> sorted.put(name.toLowerCase(Locale.ROOT), value));
    mqHeaders = Collections.unmodifiableSortedMap(sorted);
  }

  /** A request carrying only {@code x-mq-version: 2015-06-06}, which is all any SDK sends. */
  public static CanonicalRequest of(
      String method, String contentMd5, String contentType, String date, String pathAndQuery) {
    return new CanonicalRequest(
        method,
        contentMd5,
        contentType,
        date,
        Map.of(WireHeaders.VERSION_HEADER, WireHeaders.VERSION),
        pathAndQuery);
  }

  /**
   * The same request with another Content-Type, for the verifier's candidates (SPEC §3.2 step 4).
   */
  public CanonicalRequest withContentType(String otherContentType) {
    return new CanonicalRequest(
        method, contentMd5, otherContentType, date, mqHeaders, pathAndQuery);
  }

  public String stringToSign() {
    StringBuilder out =
        new StringBuilder()
            .append(method)
            .append('\n')
            .append(orEmpty(contentMd5))
            .append('\n')
            .append(orEmpty(contentType))
            .append('\n')
            .append(date)
            .append('\n');
    mqHeaders.forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
    return out.append(pathAndQuery).toString();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
