package io.mqharness.protocol.client;

import java.nio.charset.StandardCharsets;

/** Builds a query in the order parameters are added, skipping null and empty values. */
final class QueryStringBuilder {
  private final StringBuilder query = new StringBuilder();

  QueryStringBuilder add(String name, Object value) {
    if (value == null || value.toString().isEmpty()) {
      return this;
    }
    query.append(query.length() == 0 ? '?' : '&').append(name).append('=').append(value);
    return this;
  }

  /** Adds a percent-encoded value: the tag is the only encoded parameter (SPEC §2.3). */
  QueryStringBuilder addEncoded(String name, String value) {
    return value == null ? this : add(name, percentEncode(value));
  }

  @Override
  public String toString() {
    return query.toString();
  }

  /**
   * Keeps only RFC 3986 unreserved characters, so {@code A||B} is {@code A%7C%7CB} and a space
   * {@code %20}.
   */
  static String percentEncode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
