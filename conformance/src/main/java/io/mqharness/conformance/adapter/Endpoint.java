package io.mqharness.conformance.adapter;

import java.util.Objects;

/** Where and as whom a client connects; {@code securityToken} may be null. */
public record Endpoint(
    String url, String accessKeyId, String accessKeySecret, String securityToken) {
  public Endpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(accessKeySecret, "accessKeySecret");
  }
}
