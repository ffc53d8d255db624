package io.mqharness.simulations.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulations.faults.FaultPlan;
import io.mqharness.simulations.faults.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How request outcomes are told apart and charged to the faults in place. */
class RequestOutcomesTest {
  private static final List<Integer> PUBLISH_OK = List.of(201);
  private final RequestOutcomes outcomes =
      new RequestOutcomes(
          FaultPlan.parse("error500:10%:publish,reset:5%:ack,delay:2000ms:1%").faults(),
          Duration.ofSeconds(10));

  @Test
  void aKoIsA500AnotherStatusABodyCheckAResetOrATimeout() {
    assertThat(outcomes.record(Operation.PUBLISH, 0, 500, true, 3, PUBLISH_OK))
        .isEqualTo(KoKind.STATUS_500);
    assertThat(outcomes.record(Operation.PUBLISH, 0, 403, true, 3, PUBLISH_OK))
        .isEqualTo(KoKind.OTHER_STATUS);
    assertThat(outcomes.record(Operation.PUBLISH, 0, 201, true, 3, PUBLISH_OK))
        .isEqualTo(KoKind.CHECK);
    assertThat(outcomes.record(Operation.ACK, 0, null, true, 12, List.of(204)))
        .isEqualTo(KoKind.CONNECTION);
    assertThat(outcomes.record(Operation.ACK, 0, null, true, 10_000, List.of(204)))
        .isEqualTo(KoKind.TIMEOUT);
    assertThat(outcomes.record(Operation.ACK, 0, 204, false, 5, List.of(204))).isNull();

    assertThat(outcomes.requests()).isEqualTo(6);
    assertThat(outcomes.kos()).isEqualTo(5);
    assertThat(outcomes.byOperation())
        .isEqualTo(
            Map.of(
                "publish",
                    Map.of(
                        "requests",
                        3L,
                        "ko",
                        Map.of("status500", 1L, "otherStatus", 1L, "check", 1L)),
                "ack", Map.of("requests", 3L, "ko", Map.of("connection", 1L, "timeout", 1L))));
  }

  @Test
  void aFaultIsChargedOnlyWithTheRequestsOfItsOperationStartedWhileInPlaceAndItsOwnKind() {
    int errorsAndResets = 0b011;
    // given: publishes while the 500s are in place, one of them a 500, one a reset (not the fault's
    // kind)
    outcomes.record(Operation.PUBLISH, errorsAndResets, 500, true, 2, PUBLISH_OK);
    outcomes.record(Operation.PUBLISH, errorsAndResets, 201, false, 2, PUBLISH_OK);
    outcomes.record(Operation.PUBLISH, errorsAndResets, null, true, 2, PUBLISH_OK);
    // and a 500 with no fault in place, an ack reset while the resets are in place
    outcomes.record(Operation.PUBLISH, 0, 500, true, 2, PUBLISH_OK);
    outcomes.record(Operation.ACK, errorsAndResets, null, true, 2, List.of(204));

    // then
    assertThat(outcomes.exposed(0)).isEqualTo(3);
    assertThat(outcomes.hit(0)).isEqualTo(1);
    assertThat(outcomes.exposed(1)).isEqualTo(1);
    assertThat(outcomes.hit(1)).isEqualTo(1);
    // the publish reset and the 500 outside the window are not explained by any fault
    assertThat(outcomes.unexplainedKos()).isEqualTo(2);
  }

  @Test
  void aRequestTakenByAnEarlierFaultIsNotExposedToTheLaterOnes() {
    RequestOutcomes two =
        new RequestOutcomes(
            FaultPlan.parse("error500:10%:publish,delay:3000ms:3%:publish").faults(),
            Duration.ofSeconds(2));
    two.record(Operation.PUBLISH, 0b11, 500, true, 2, PUBLISH_OK);
    two.record(Operation.PUBLISH, 0b11, null, true, 2_000, PUBLISH_OK);
    two.record(Operation.PUBLISH, 0b11, 201, false, 2, PUBLISH_OK);

    assertThat(two.exposed(0)).isEqualTo(3);
    assertThat(two.hit(0)).isEqualTo(1);
    assertThat(two.exposed(1)).isEqualTo(2);
    assertThat(two.hit(1)).isEqualTo(1);
    assertThat(two.unexplainedKos()).isZero();
  }

  @Test
  void aDelayShorterThanTheTimeoutHitsWithLateAnswersAndExplainsNoKo() {
    outcomes.record(Operation.CONSUME, 0b100, 200, false, 2_100, List.of(200, 404));
    outcomes.record(Operation.CONSUME, 0b100, 200, false, 30, List.of(200, 404));

    assertThat(outcomes.exposed(2)).isEqualTo(2);
    assertThat(outcomes.hit(2)).isEqualTo(1);
    assertThat(outcomes.kos()).isZero();
  }
}
