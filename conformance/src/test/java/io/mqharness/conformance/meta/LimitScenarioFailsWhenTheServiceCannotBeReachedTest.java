package io.mqharness.conformance.meta;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.scenarios.limits.Refusals;
import org.junit.jupiter.api.Test;

/**
 * The limit scenarios' refusal check: a request beyond a limit that fails because the service
 * cannot be reached was not refused (a topic name of 65 characters against a dead port must not
 * pass), while the service's error and the client's own typed refusal are refusals.
 */
class LimitScenarioFailsWhenTheServiceCannotBeReachedTest {

  @Test
  void aConnectionFailureWithoutACodeIsNotARefusal() {
    // given: the reference client's failure at a port nothing listens on
    ClientFailure refused =
        new ClientFailure(
            ClientFailure.Kind.CLIENT,
            null,
            "POST /topics/T/messages failed: java.net.ConnectException",
            null,
            null);
    // then
    assertThatThrownBy(
            () ->
                Refusals.assertRefused(
                    () -> {
                      throw refused;
                    },
                    "InvalidArgument",
                    "TopicNotExist"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not a transport failure");
  }

  @Test
  void aDriversTransportCodeIsNotARefusal() {
    ClientFailure refused =
        new ClientFailure(
            ClientFailure.Kind.CLIENT, "ECONNREFUSED", "connect ECONNREFUSED", null, null);
    assertThatThrownBy(
            () ->
                Refusals.assertRefused(
                    () -> {
                      throw refused;
                    },
                    "InvalidArgument"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void theServicesErrorAndATypedClientRefusalAreRefusals() {
    ClientFailure service =
        new ClientFailure(ClientFailure.Kind.SERVICE, "InvalidArgument", "too long", "R1", null);
    ClientFailure client =
        new ClientFailure(ClientFailure.Kind.CLIENT, "LimitExceeded", "topic too long", null, null);
    assertThatCode(
            () ->
                Refusals.assertRefused(
                    () -> {
                      throw service;
                    },
                    "InvalidArgument"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                Refusals.assertRefused(
                    () -> {
                      throw client;
                    },
                    "InvalidArgument"))
        .doesNotThrowAnyException();
  }
}
