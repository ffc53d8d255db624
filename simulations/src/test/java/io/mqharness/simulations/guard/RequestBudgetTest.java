package io.mqharness.simulations.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {
  @Test
  void producersStopAtTheCapLessTheReserveAndConsumersAtTheCap() {
    // given
    RequestBudget budget = new RequestBudget(10, 0.2);
    // when
    IntStream.range(0, 8).forEach(i -> budget.take());
    // then
    assertThat(budget.closedToProducers()).isTrue();
    assertThat(budget.spent()).isFalse();
    budget.take();
    budget.take();
    assertThat(budget.spent()).isTrue();
  }

  @Test
  void withoutAReserveProducersMayUseTheWholeCap() {
    RequestBudget budget = new RequestBudget(3, 0);
    budget.take();
    budget.take();
    assertThat(budget.closedToProducers()).isFalse();
    budget.take();
    assertThat(budget.closedToProducers()).isTrue();
    assertThat(budget.spent()).isTrue();
    assertThat(budget.producerLimit()).isEqualTo(3);
  }

  @Test
  void aReserveOfTheWholeCapIsRefused() {
    assertThatThrownBy(() -> new RequestBudget(10, 1)).hasMessageContaining("consumerReserve");
  }
}
