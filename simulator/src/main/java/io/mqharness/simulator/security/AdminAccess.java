package io.mqharness.simulator.security;

import com.github.tomakehurst.wiremock.security.Authenticator;
import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call the admin APIs, WireMock's ({@code /__admin/mappings}, ...) and the simulator's
 * ({@code /__admin/mq/...}); both go through WireMock's admin request handler, so one authenticator
 * guards both.
 *
 * <ul>
 *   <li>With a {@code token}: only requests with {@code Authorization: Token <token>} (or {@code
 *       Bearer}), whatever the bind address; any other admin request is answered 401 and does
 *       nothing.
 *   <li>Without one, on a loopback bind address: open, as the simulator always was (only this
 *       machine reaches it).
 *   <li>Without one, on any other bind address (e.g. {@code 0.0.0.0} in a container): refused at
 *       start with {@link AdminAccessRefused}, unless {@code openOnPurpose} says the caller wants
 *       it open to everyone who reaches the port.
 * </ul>
 *
 * @param token the admin token; empty for none
 * @param openOnPurpose true to leave the admin APIs open on a non-loopback bind address without a
 *     token
 */
public record AdminAccess(Optional<String> token, boolean openOnPurpose) {
  /**
   * The variable the standalone simulator reads the token from when {@code --admin-token} is not
   * given.
   */
  public static final String TOKEN_ENVIRONMENT_VARIABLE = "MQ_SIMULATOR_ADMIN_TOKEN";

  public AdminAccess {
    Objects.requireNonNull(token, "token");
    token = token.filter(t -> !t.isBlank());
  }

  /** No token, not open on purpose: open on loopback, refused elsewhere. */
  public static AdminAccess loopbackOnly() {
    return new AdminAccess(Optional.empty(), false);
  }

  /** Every admin request must carry {@code token}. */
  public static AdminAccess withToken(String token) {
    return new AdminAccess(Optional.of(token), false);
  }

  /** No token and open to anyone who reaches the port, even on a non-loopback bind address. */
  public static AdminAccess openToAll() {
    return new AdminAccess(Optional.empty(), true);
  }

  /**
   * The authenticator WireMock's admin API gets for a simulator bound on {@code bindAddress}.
   *
   * @throws AdminAccessRefused when the address is not loopback, no token is given and the API is
   *     not open on purpose
   */
  public Authenticator authenticatorFor(String bindAddress) {
    if (token.isPresent()) {
      return new AdminTokenAuthenticator(token.get());
    }
    if (openOnPurpose || BindAddresses.isLoopback(bindAddress)) {
      return new NoAuthenticator();
    }
    throw new AdminAccessRefused(
        "The simulator would listen on "
            + bindAddress
            + ", beyond loopback, with its admin API"
            + " (/__admin/..., which can reset it, change its credentials and move its clock) open to anyone who reaches"
            + " the port. Give an admin token (--admin-token TOKEN or the environment variable "
            + TOKEN_ENVIRONMENT_VARIABLE
            + "; admin calls then send 'Authorization: Token TOKEN'), or --admin-open to"
            + " leave it open on purpose, or bind to 127.0.0.1.");
  }

  /** In words, for the start-up banner: never the token itself. */
  public String describe(String bindAddress) {
    if (token.isPresent()) {
      return "token required";
    }
    return BindAddresses.isLoopback(bindAddress)
        ? "open (loopback only)"
        : "OPEN to anyone who reaches the port (--admin-open)";
  }
}
