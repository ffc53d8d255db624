package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqClientOptions;
import io.mqharness.protocol.client.MqServiceException;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.sign.Credentials;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.testkit.SimulatorAdminClient;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The Date check (SPEC §3.2 step 2, §9 Q14): on by default, 15 minutes either way of the wall
 * clock, whatever the engine's clock says; beyond it 408 TimeExpired and nothing stored; {@code
 * maxClockSkew} changes it, 0 turns it off.
 */
class ClockSkewOverHttpTest {
  private static final Duration JUST_INSIDE = Duration.ofMinutes(14).plusSeconds(59);
  private static final Duration JUST_OUTSIDE = Duration.ofMinutes(15).plusSeconds(1);

  @Test
  void byDefaultADateWithinFifteenMinutesIsAcceptedAndOneBeyondIsTimeExpired() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true))) {
      // when / then: the client's Date is that far behind the service's clock, or ahead of it
      assertThat(publishWithDateBehindBy(simulator, JUST_INSIDE)).isNull();
      assertThat(publishWithDateBehindBy(simulator, JUST_INSIDE.negated())).isNull();
      assertTimeExpired(publishWithDateBehindBy(simulator, JUST_OUTSIDE));
      assertTimeExpired(publishWithDateBehindBy(simulator, JUST_OUTSIDE.negated()));
      assertThat(simulator.engine().snapshot().storedMessages()).isEqualTo(2);
    }
  }

  @Test
  void theCheckUsesTheWallClockNotTheVirtualClock() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withVirtualClock(true))) {
      // given: the engine's clock is ten days ahead
      simulator.virtualClock().orElseThrow().advance(Duration.ofDays(10));
      // then: a client on the wall clock is fine
      assertThat(publishWithClockOff(simulator, Duration.ZERO)).isNull();
    }
  }

  @Test
  void zeroTurnsTheCheckOff() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withMaxClockSkew(Duration.ZERO))) {
      assertThat(publishWithClockOff(simulator, Duration.ofMinutes(-20))).isNull();
      assertThat(publishWithClockOff(simulator, Duration.ofDays(3))).isNull();
    }
  }

  @Test
  void aSmallerSkewIsHonoured() {
    try (MqSimulator simulator =
        MqSimulator.start(SimulatorOptions.defaults().withMaxClockSkew(Duration.ofMinutes(1)))) {
      assertThat(publishWithClockOff(simulator, Duration.ofSeconds(50))).isNull();
      assertTimeExpired(publishWithClockOff(simulator, Duration.ofSeconds(70)));
    }
  }

  @Test
  void theAdminApiMovesTheDateChecksClockUntilReset() {
    try (MqSimulator simulator = MqSimulator.start(SimulatorOptions.defaults())) {
      // given
      SimulatorAdminClient admin = new SimulatorAdminClient(simulator.baseUrl());
      // when: the service's clock is put 20 minutes ahead, a client on the wall clock looks 20
      // minutes behind
      admin.setDateCheckOffset(Duration.ofMinutes(20));
      // then
      assertTimeExpired(publishWithClockOff(simulator, Duration.ZERO));
      assertThat(publishWithClockOff(simulator, Duration.ofMinutes(20))).isNull();
      simulator.reset();
      assertThat(publishWithClockOff(simulator, Duration.ZERO)).isNull();
    }
  }

  /**
   * Signs with a Date on a whole second and sets the service's clock {@code behind} later than it,
   * so the distance is exact to the milliseconds the request takes (the Date header has whole
   * seconds only).
   */
  private static MqServiceException publishWithDateBehindBy(
      MqSimulator simulator, Duration behind) {
    Instant date = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    simulator.dateCheckClock().setOffset(Duration.between(Instant.now(), date.plus(behind)));
    MqClient client =
        new MqClient(
            URI.create(simulator.baseUrl()),
            credentials(),
            MqClientOptions.defaults().withClock(Clock.fixed(date, ZoneOffset.UTC)));
    return catchThrowableOfType(
        MqServiceException.class, () -> client.producer("I1", "T1").publish(TopicMessage.of("b")));
  }

  private static Credentials credentials() {
    return Credentials.of(
        SimulatorOptions.DEFAULT_ACCESS_KEY_ID, SimulatorOptions.DEFAULT_ACCESS_KEY_SECRET);
  }

  /** Null when the publish succeeded, else the service's error. */
  private static MqServiceException publishWithClockOff(MqSimulator simulator, Duration off) {
    MqClient client =
        new MqClient(
            URI.create(simulator.baseUrl()),
            credentials(),
            MqClientOptions.defaults().withClock(Clock.offset(Clock.systemUTC(), off)));
    return catchThrowableOfType(
        MqServiceException.class, () -> client.producer("I1", "T1").publish(TopicMessage.of("b")));
  }

  private static void assertTimeExpired(MqServiceException error) {
    assertThat(error).isNotNull();
    assertThat(error.httpStatus()).isEqualTo(408);
    assertThat(error.errorCode()).isEqualTo("TimeExpired");
    assertThat(error.requestId()).isNotEmpty();
  }
}
