package io.mqharness.simulator.security;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Admits an admin request whose {@code Authorization} header is {@code Token <token>} (WireMock's
 * own {@code ClientTokenAuthenticator} sends that form) or {@code Bearer <token>}. The comparison
 * takes the same time whatever prefix of the token matches. WireMock answers any other admin
 * request 401 before it reaches a route.
 */
public final class AdminTokenAuthenticator implements Authenticator {
  private static final String[] SCHEMES = {"Token ", "Bearer "};

  private final byte[] token;

  /** {@code token}: the secret, at least one non-blank character. */
  public AdminTokenAuthenticator(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("an admin token must not be blank");
    }
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean authenticate(Request request) {
    HttpHeader header = request.header("Authorization");
    if (header == null || !header.isPresent()) {
      return false;
    }
    boolean admitted = false;
    for (String value : header.values()) {
      admitted |= carriesToken(value);
    }
    return admitted;
  }

  private boolean carriesToken(String value) {
    for (String scheme : SCHEMES) {
      if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
        byte[] sent = value.substring(scheme.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token);
      }
    }
    return false;
  }
}
