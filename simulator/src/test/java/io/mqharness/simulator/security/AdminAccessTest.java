package io.mqharness.simulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.security.NoAuthenticator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which bind addresses leave the admin API open, and when a token is required. */
class AdminAccessTest {

  @Test
  void loopbackAddressesAreOpenWithoutAToken() {
    for (String loopback : new String[] {"127.0.0.1", "127.0.0.2", "localhost", "::1"}) {
      assertThat(BindAddresses.isLoopback(loopback)).as(loopback).isTrue();
      assertThat(AdminAccess.loopbackOnly().authenticatorFor(loopback))
          .as(loopback)
          .isInstanceOf(NoAuthenticator.class);
    }
  }

  @Test
  void anyOtherAddressNeedsATokenOrAnExplicitOpen() {
    for (String exposed :
        new String[] {"0.0.0.0", "::", "192.0.2.10", "", "no-such-host.invalid"}) {
      assertThat(BindAddresses.isLoopback(exposed)).as(exposed).isFalse();
      assertThatThrownBy(() -> AdminAccess.loopbackOnly().authenticatorFor(exposed))
          .as(exposed)
          .isInstanceOf(AdminAccessRefused.class);
      assertThat(AdminAccess.withToken("t").authenticatorFor(exposed))
          .isInstanceOf(AdminTokenAuthenticator.class);
      assertThat(AdminAccess.openToAll().authenticatorFor(exposed))
          .isInstanceOf(NoAuthenticator.class);
    }
  }

  @Test
  void aBlankTokenCountsAsNone() {
    AdminAccess blank = new AdminAccess(Optional.of("  "), false);

    assertThat(blank.token()).isEmpty();
    assertThatThrownBy(() -> blank.authenticatorFor("0.0.0.0"))
        .isInstanceOf(AdminAccessRefused.class);
  }

  @Test
  void theBannerNeverShowsTheToken() {
    assertThat(AdminAccess.withToken("s3cret").describe("0.0.0.0"))
        .isEqualTo("token required")
        .doesNotContain("s3cret");
    assertThat(AdminAccess.loopbackOnly().describe("127.0.0.1")).contains("loopback");
    assertThat(AdminAccess.openToAll().describe("0.0.0.0")).contains("OPEN");
  }
}
