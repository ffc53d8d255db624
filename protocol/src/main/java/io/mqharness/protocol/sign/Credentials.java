package io.mqharness.protocol.sign;

import java.util.Objects;

/** An access key pair, plus the STS token when the key is temporary (sent unsigned, SPEC §2.4). */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
  public Credentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(accessKeySecret, "accessKeySecret");
    if (accessKeyId.isEmpty() || accessKeyId.contains(":")) {
      throw new IllegalArgumentException("An access key id must be non-empty and contain no ':'.");
    }
  }

  public static Credentials of(String accessKeyId, String accessKeySecret) {
    return new Credentials(accessKeyId, accessKeySecret, null);
  }

  @Override
  public String toString() {
    return "Credentials[accessKeyId="
        + accessKeyId
        + ", securityToken="
        + (securityToken == null ? "none" : "***")
        + "]";
  }
}
