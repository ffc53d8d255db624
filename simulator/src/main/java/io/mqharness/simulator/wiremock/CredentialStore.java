package io.mqharness.simulator.wiremock;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access key ids and their secrets that the simulator accepts. Changed at run time through the
 * admin API.
 */
public final class CredentialStore {
  private final Map<String, String> secrets = new ConcurrentHashMap<>();

  public void put(String accessKeyId, String accessKeySecret) {
    secrets.put(accessKeyId, accessKeySecret);
  }

  public Optional<String> secretOf(String accessKeyId) {
    return Optional.ofNullable(secrets.get(accessKeyId));
  }

  public java.util.Set<String> accessKeyIds() {
    return java.util.Set.copyOf(secrets.keySet());
  }
}
