package io.mqharness.mock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The stored-message cap and the retention rule that frees room (ENGINE.md "Retention"). */
class StoreCapTest {
  private final TestBroker broker = new TestBroker(EngineSettings.defaults().withMaxStoredMessages(3));

  @Test
  void aPublishBeyondTheCapIsAnInternalErrorThatSaysHowToRaiseIt() {
    // given
    for (int i = 0; i < 3; i++) {
      broker.publish("m" + i);
    }
    // when
    PublishOutcome outcome = broker.tryPublish(TestBroker.message("one too many"));
    // then
    assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
      assertThat(r.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
      assertThat(r.message()).contains("store is full").contains("--max-messages");
    });
  }

  @Test
  void messagesAckedByEveryGroupFreeTheirRoom() {
    // given
    broker.consume("GID_A");
    broker.consume("GID_B");
    for (int i = 0; i < 3; i++) {
      broker.publish("m" + i);
    }
    // when: GID_A acks everything, GID_B acks one
    broker.ack("GID_A", broker.consume("GID_A"));
    broker.ack("GID_B", broker.consume("GID_B", 1));
    // then
    assertThat(broker.tryPublish(TestBroker.message("fits"))).isInstanceOf(Published.class);
    assertThat(broker.tryPublish(TestBroker.message("does not"))).isInstanceOf(Rejected.class);
    assertThat(broker.engine.snapshot().storedMessages()).isEqualTo(3);
  }

  @Test
  void halfMessagesCountAndARollbackFreesTheirRoom() {
    // given
    broker.publish("m0");
    broker.publish("m1");
    String handle = broker.publish(TestBroker.half("h", 10)).receiptHandle().orElseThrow();
    assertThat(broker.tryPublish(TestBroker.message("full"))).isInstanceOf(Rejected.class);
    // when
    broker.rollback("GID_P", handle);
    // then
    assertThat(broker.tryPublish(TestBroker.message("fits"))).isInstanceOf(Published.class);
  }

  @Test
  void deadMessagesFreeTheirRoom() {
    // given
    TestBroker fewRetries = new TestBroker(withMaxRetries(1).withMaxStoredMessages(1));
    fewRetries.publish("poison");
    // when
    fewRetries.consume("GID_A");
    fewRetries.advanceSeconds(300);
    fewRetries.consume("GID_A");
    fewRetries.advanceSeconds(300);
    // then
    assertThat(fewRetries.consume("GID_A")).isEmpty();
    assertThat(fewRetries.tryPublish(TestBroker.message("fits"))).isInstanceOf(Published.class);
  }

  private static EngineSettings withMaxRetries(int maxRetries) {
    EngineSettings d = EngineSettings.defaults();
    return new EngineSettings(d.normalInvisibility(), d.orderedInvisibility(), maxRetries, d.halfRecheckWindow(),
        d.halfMaxAge(), d.halfMaxChecks(), d.minCheckImmunitySeconds(), d.maxCheckImmunitySeconds(),
        d.maxStoredMessages(), d.strictTopics(), d.timeScale());
  }
}
