package io.mqharness.conformance.scenarios.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.qameta.allure.Allure;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What a client may do with a request beyond a documented limit: surface the service's error, or
 * refuse it on its own side first with a typed error. A success, a timeout, a crashed driver and a
 * transport failure (no connection, a reset: no code, or a transport code such as {@code
 * ECONNREFUSED}) are all wrong: a service that cannot be reached refuses nothing.
 */
public final class Refusals {
  private static final Set<String> CRASHES =
      Set.of("DriverExited", "DriverProtocolError", "DriverStartFailed");

  /**
   * Transport codes the clients report (conformance/DRIVER.md, the SDKs' table): failures, not
   * refusals.
   */
  private static final Set<String> TRANSPORT =
      Set.of(
          "ECONNREFUSED",
          "ECONNRESET",
          "ETIMEDOUT",
          "EPIPE",
          "ENOTFOUND",
          "EHOSTUNREACH",
          "NetWorkException",
          "ErrSendRequestFailed",
          "ConnectionTimeout",
          "SocketTimeout");

  private Refusals() {}

  /**
   * {@code call} fails with one of {@code serviceCodes} from the service, or with a typed
   * client-side refusal (a code that is neither a crash nor a transport failure).
   */
  public static void assertRefused(ThrowingCallable call, String... serviceCodes) {
    assertThatThrownBy(call)
        .as("a request beyond the limit is refused, never reported as done")
        .isInstanceOfSatisfying(
            ClientFailure.class,
            failure -> {
              Allure.step("refused: " + failure);
              assertThat(failure.kind())
                  .as("%s", failure)
                  .isIn(ClientFailure.Kind.SERVICE, ClientFailure.Kind.CLIENT);
              if (failure.kind() == ClientFailure.Kind.SERVICE) {
                assertThat(failure.code()).as("%s", failure).isIn((Object[]) serviceCodes);
              } else {
                assertThat(failure.code())
                    .as("%s: a typed refusal, not a transport failure", failure)
                    .isNotNull()
                    .isNotIn(TRANSPORT);
                assertThat(failure.code())
                    .as("%s: a typed refusal, not a crash", failure)
                    .isNotIn(CRASHES);
              }
            });
  }
}
