package io.mqharness.conformance.support.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.conformance.adapter.ClientRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which clients a run checks, and what it refuses rather than running green with everything
 * skipped.
 */
class ClientSelectionTest {

  @Test
  void anUnknownClientNameFailsTheRunNamingTheKnownOnes() {
    assertThatThrownBy(() -> ClientSelection.parse("nosuch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Dclient=nosuch")
        .hasMessageContaining("no client named nosuch")
        .hasMessageContaining("reference");
  }

  @Test
  void bundledClientsAndCommandDriversAreSelectedEvenWhenMissing() {
    // given: a bundled client that tools/find-clients.sh did not find stays selectable (it is
    // skipped with its reason)
    ClientRegistry.markUnavailable("missing-sdk-for-test", "not installed");
    // then
    assertThat(ClientSelection.parse("reference,missing-sdk-for-test"))
        .containsExactly("reference", "missing-sdk-for-test");
    assertThat(ClientSelection.parse("cmd:./my-driver --flag"))
        .containsExactly("cmd:./my-driver --flag");
    assertThat(ClientSelection.parse("all")).contains("reference");
  }

  @Test
  void guessedOptionNamesAreRefusedNamingTheRealOne() {
    assertThatThrownBy(
            () ->
                ClientSelection.refuseMisspelledOptions(
                    Map.of("conformance.clients", "nosuch")::get))
        .hasMessage(
            "-Dconformance.clients is not an option of the suite: use -Dclient=NAME[,NAME...]");
    assertThatThrownBy(
            () -> ClientSelection.refuseMisspelledOptions(Map.of("conformance.scenario", "X")::get))
        .hasMessageContaining("use -Dtest=SCENARIO");
    assertThatCode(
            () -> ClientSelection.refuseMisspelledOptions(Map.of("client", "reference")::get))
        .doesNotThrowAnyException();
  }
}
