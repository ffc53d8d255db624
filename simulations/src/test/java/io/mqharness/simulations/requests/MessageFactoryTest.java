package io.mqharness.simulations.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulations.settings.HarnessSettings;
import io.mqharness.simulator.targeting.TopicKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFactoryTest {
  private static MessageFactory factory(Map<String, String> properties) {
    return new MessageFactory(
        HarnessSettings.from(properties::get, name -> null, TopicKind.NORMAL, "T", "GID"));
  }

  @Test
  void twoInjectorsNeverMakeTheSameBody() {
    // given: injectors 0 and 1 of one run, each numbering its own messages from 1
    MessageFactory first =
        factory(
            Map.of(
                "mq.target.url",
                "http://127.0.0.1:18900",
                "mq.injectors",
                "2",
                "mq.injectorIndex",
                "0"));
    MessageFactory second =
        factory(
            Map.of(
                "mq.target.url",
                "http://127.0.0.1:18900",
                "mq.injectors",
                "2",
                "mq.injectorIndex",
                "1"));
    // when / then: the same sequence number makes different bodies of the configured size
    assertThat(first.body(42)).startsWith("i0m42-").hasSize(100);
    assertThat(second.body(42)).startsWith("i1m42-").hasSize(100);
    assertThat(first.body(42)).isNotEqualTo(second.body(42));
  }

  @Test
  void aSingleRunKeepsItsBodiesAsTheyWere() {
    assertThat(factory(Map.of()).body(7)).startsWith("m7-").hasSize(100);
  }
}
