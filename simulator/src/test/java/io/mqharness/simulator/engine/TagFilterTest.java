package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.bodies;
import static io.mqharness.simulator.engine.TestBroker.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tag filtering: A||B, no filter, *, untagged messages and skipped messages (SPEC §6.2, §9 Q3). */
class TagFilterTest {
  private final TestBroker broker = new TestBroker();

  @BeforeEach
  void publishMixedTags() {
    broker.publish(tagged("a1", "TagA"));
    broker.publish(tagged("b1", "TagB"));
    broker.publish(TestBroker.message("untagged"));
    broker.publish(tagged("c1", "TagC"));
  }

  @Test
  void aFilterReturnsOnlyMessagesWithOneOfItsTags() {
    assertThat(bodies(broker.consumeTagged("GID_A", "TagA||TagC"))).containsExactly("a1", "c1");
  }

  @Test
  void tagsAreCaseSensitive() {
    assertThat(broker.consumeTagged("GID_A", "taga")).isEmpty();
  }

  @Test
  void noFilterOrStarReturnsEveryMessageIncludingUntaggedOnes() {
    assertThat(bodies(broker.consumeTagged("GID_A", null)))
        .containsExactly("a1", "b1", "untagged", "c1");
    assertThat(bodies(broker.consumeTagged("GID_B", "*")))
        .containsExactly("a1", "b1", "untagged", "c1");
  }

  @Test
  void skippedMessagesStayDeliverableForAnotherFilter() {
    // given
    broker.consumeTagged("GID_A", "TagA");
    // when
    var rest = broker.consumeTagged("GID_A", null);
    // then
    assertThat(bodies(rest)).containsExactly("b1", "untagged", "c1");
    assertThat(rest).extracting(ConsumedMessage::consumedTimes).containsOnly(1);
  }

  @Test
  void aDeliveryCarriesItsTag() {
    assertThat(broker.consumeTagged("GID_A", "TagB"))
        .extracting(ConsumedMessage::tag)
        .containsExactly("TagB");
  }
}
