package io.mqharness.simulations.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqharness.simulations.settings.Parameters;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code mq.faults} as a user writes it. */
class FaultPlanTest {
  @Test
  void theDocumentedExampleGivesThreeFaultsInOrder() {
    // when
    FaultPlan plan =
        FaultPlan.parse("error500:10%:publish@20s-40s,delay:1500ms:5%,reset:2%:ack@30s-");

    // then
    assertThat(plan.faults())
        .containsExactly(
            new Fault(
                "error500:10%:publish@20s-40s",
                FaultKind.ERROR_500,
                10,
                Duration.ZERO,
                Operation.PUBLISH,
                Duration.ofSeconds(20),
                Optional.of(Duration.ofSeconds(40))),
            new Fault(
                "delay:1500ms:5%",
                FaultKind.DELAY,
                5,
                Duration.ofMillis(1500),
                Operation.ANY,
                Duration.ZERO,
                Optional.empty()),
            new Fault(
                "reset:2%:ack@30s-",
                FaultKind.RESET,
                2,
                Duration.ZERO,
                Operation.ACK,
                Duration.ofSeconds(30),
                Optional.empty()));
    assertThat(plan.longestDelay()).isEqualTo(Duration.ofMillis(1500));
    assertThat(plan.faults().get(0).describe())
        .isEqualTo("500 answers to 10 % of publish requests, 20 s to 40 s");
    assertThat(plan.faults().get(1).describe())
        .isEqualTo("1500 ms delay on 5 % of requests, the whole run");
    assertThat(plan.faults().get(2).describe())
        .isEqualTo("connection resets of 2 % of ack requests, 30 s to the end");
  }

  @Test
  void partsComeInAnyOrderAShareDefaultsToAllAndMinutesAndDecimalsAreRead() {
    Fault fault = FaultPlan.parse(" reset : decide @1m-2.5m ").faults().get(0);

    assertThat(fault.percent()).isEqualTo(100);
    assertThat(fault.operation()).isEqualTo(Operation.DECIDE);
    assertThat(fault.from()).isEqualTo(Duration.ofMinutes(1));
    assertThat(fault.to()).contains(Duration.ofSeconds(150));
    assertThat(FaultPlan.parse("delay:5%:consume:2s").faults().get(0).delay())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void nothingGivenIsNoFaults() {
    assertThat(FaultPlan.parse("").isEmpty()).isTrue();
    assertThat(FaultPlan.from(Parameters.of(name -> null, name -> null)).isEmpty()).isTrue();
    assertThat(
            FaultPlan.from(Parameters.of(name -> null, Map.of("MQ_FAULTS", "reset:1%")::get))
                .faults())
        .hasSize(1);
  }

  @Test
  void whatCannotBeReadIsRefusedNamingTheFault() {
    assertThatThrownBy(() -> FaultPlan.parse("error500:10%,explode:5%"))
        .hasMessageContaining("\"explode:5%\"")
        .hasMessageContaining("unknown fault kind");
    assertThatThrownBy(() -> FaultPlan.parse("delay:5%")).hasMessageContaining("needs its delay");
    assertThatThrownBy(() -> FaultPlan.parse("reset:100ms"))
        .hasMessageContaining("only a delay fault takes a duration");
    assertThatThrownBy(() -> FaultPlan.parse("reset:150%")).hasMessageContaining("above 100 %");
    assertThatThrownBy(() -> FaultPlan.parse("reset:5%:5%")).hasMessageContaining("two shares");
    assertThatThrownBy(() -> FaultPlan.parse("reset:5%:pubish"))
        .hasMessageContaining("\"pubish\" is neither");
    assertThatThrownBy(() -> FaultPlan.parse("reset:5%@40s-20s"))
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> FaultPlan.parse("reset:5%@20s")).hasMessageContaining("needs a dash");
    assertThatThrownBy(() -> FaultPlan.parse("reset:5%@soon-")).hasMessageContaining("not a time");
  }

  @Test
  void aWindowOutsideTheRunIsRefusedBeforeTheLoadStarts() {
    // given: a run of 20 s (10 s of load, 10 s of drain)
    Duration run = Duration.ofSeconds(20);
    // then: a window that starts after it, or ends after it, is refused with the run's length
    assertThatThrownBy(() -> FaultPlan.parse("error500:10%@30s-40s").requireWithin(run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "mq.faults: \"error500:10%@30s-40s\": the window 30 s to 40 s starts after the run's 20 s"
                + " (mq.durationSeconds + mq.drainSeconds, from the end of the warm-up) ends");
    assertThatThrownBy(() -> FaultPlan.parse("reset:2%@5s-25s").requireWithin(run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends after the run's 20 s");
    assertThatThrownBy(() -> FaultPlan.parse("reset:2%@20s-").requireWithin(run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts after");
  }

  @Test
  void aWindowInsideTheRunOrToItsEndIsAccepted() {
    Duration run = Duration.ofSeconds(20);
    assertThatCode(
            () -> {
              FaultPlan.parse("error500:10%@5s-20s,reset:2%@19s-,delay:100ms").requireWithin(run);
              FaultPlan.none().requireWithin(run);
            })
        .doesNotThrowAnyException();
  }
}
