package io.mqharness.protocol.sign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * MD5 digests of bodies: the {@code Content-MD5} header (SPEC §2.4) and {@code MessageBodyMD5}
 * (SPEC §4.3).
 */
public final class ContentDigest {
  private ContentDigest() {}

  /**
   * The form the SDKs send: base64 of the 32-character lower-case hex digest, not of the raw 16
   * bytes.
   */
  public static String contentMd5(byte[] body) {
    return Base64.getEncoder()
        .encodeToString(HexFormat.of().formatHex(md5(body)).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Whether a received {@code Content-MD5} matches: the SDKs' hex form or base64 of the raw digest.
   */
  public static boolean matches(String contentMd5Header, byte[] body) {
    if (contentMd5Header == null) {
      return false;
    }
    String received = contentMd5Header.trim();
    byte[] digest = md5(body);
    return constantTimeEquals(received, contentMd5(body))
        || constantTimeEquals(received, Base64.getEncoder().encodeToString(digest));
  }

  /** {@code MessageBodyMD5}: 32 upper-case hex characters of the MD5 of the body's UTF-8 bytes. */
  public static String messageBodyMd5(String body) {
    return HexFormat.of().withUpperCase().formatHex(md5(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every Java runtime", e);
    }
  }
}
