package io.mqharness.protocol.sign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA1 request signatures and the {@code Authorization: MQ id:sig} header (SPEC §3.1). */
public final class Signer {
  public static final String SCHEME = "MQ ";
  private static final String ALGORITHM = "HmacSHA1";
  // Mac.getInstance looks the provider up on every call; the simulator signs-checks every request.
  private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(Signer::newMac);

  private Signer() {}

  public static String signature(String accessKeySecret, CanonicalRequest request) {
    Mac mac = MAC.get();
    try {
      mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an HmacSHA1 key accepts any bytes", e);
    }
    byte[] digest = mac.doFinal(request.stringToSign().getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }

  private static Mac newMac() {
    try {
      return Mac.getInstance(ALGORITHM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  public static String authorization(Credentials credentials, CanonicalRequest request) {
    return SCHEME
        + credentials.accessKeyId()
        + ":"
        + signature(credentials.accessKeySecret(), request);
  }
}
