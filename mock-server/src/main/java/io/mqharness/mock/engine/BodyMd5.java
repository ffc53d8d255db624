package io.mqharness.mock.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MessageBodyMD5: upper-case hex MD5 of the body's UTF-8 bytes (SPEC §4.3, §9 Q12). */
final class BodyMd5 {
  private BodyMd5() {}

  static String of(String body) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
