package io.mqharness.protocol.sign;

import java.util.Optional;

/** A parsed {@code Authorization: MQ <id>:<sig>} header (SPEC §3.2 step 1). */
public record AuthorizationHeader(String accessKeyId, String signature) {

  /**
   * Empty unless the value is {@code "MQ "}, a non-empty id up to the first {@code ':'}, then a
   * non-empty signature.
   */
  public static Optional<AuthorizationHeader> parse(String value) {
    if (value == null || !value.startsWith(Signer.SCHEME)) {
      return Optional.empty();
    }
    String credentials = value.substring(Signer.SCHEME.length());
    int colon = credentials.indexOf(':');
    if (colon <= 0 || colon == credentials.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        new AuthorizationHeader(credentials.substring(0, colon), credentials.substring(colon + 1)));
  }
}
