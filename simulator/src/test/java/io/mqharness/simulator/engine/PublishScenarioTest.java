package io.mqharness.simulator.engine;

import static io.mqharness.simulator.engine.TestBroker.half;
import static io.mqharness.simulator.engine.TestBroker.message;
import static io.mqharness.simulator.engine.TestBroker.withProperties;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PublishMessage: what the answer carries and what the engine refuses (SPEC §4.3, §5.3, §9 Q4-Q6).
 */
class PublishScenarioTest {
  private final TestBroker broker = new TestBroker();

  @Test
  void aPublishAnswersAnUpperCaseHexIdTheBodyMd5AndThePublishTime() {
    // when
    Published published = broker.publish("hello");
    // then
    assertThat(published.response().messageId()).matches("[0-9A-F]{32}");
    assertThat(published.response().bodyMd5()).isEqualTo("5D41402ABC4B2A76B9719D911017C592");
    assertThat(published.publishTime()).isEqualTo(TestBroker.T0);
    assertThat(published.response().receiptHandle()).isNull();
  }

  @Test
  void messageIdsAreUnique() {
    // given
    Set<String> ids = new HashSet<>();
    // when
    for (int i = 0; i < 1000; i++) {
      ids.add(broker.publish("m" + i).response().messageId());
    }
    // then
    assertThat(ids).hasSize(1000);
  }

  @Test
  void theMd5IsOverTheUtf8Body() {
    // when
    Published published = broker.publish("héllo ✓");
    // then
    assertThat(published.response().bodyMd5()).isEqualTo(md5("héllo ✓"));
  }

  @Test
  void aTransactionalPublishAnswersAReceiptHandle() {
    // when
    Published published = broker.publish(half("h", 10));
    // then
    assertThat(published.response().receiptHandle())
        .satisfies(h -> assertThat(h).matches("[A-Za-z0-9_-]{1,128}"));
  }

  @Test
  void anEmptyBodyIsAnInvalidArgument() {
    assertThat(broker.tryPublish(message("")))
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void nonNumericSystemPropertiesAreInvalidArguments() {
    assertThat(broker.tryPublish(withProperties("b", Map.of("__STARTDELIVERTIME", "soon"))))
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    assertThat(broker.tryPublish(withProperties("b", Map.of("__TransCheckT", "ten"))))
        .isInstanceOfSatisfying(
            Rejected.class, r -> assertThat(r.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void rejectionsAreCountedByCode() {
    // when
    broker.tryPublish(message(""));
    broker.tryPublish(message(""));
    // then
    assertThat(broker.engine.counters().rejected()).containsEntry("InvalidArgument", 2L);
  }

  private static String md5(String body) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("MD5")
              .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().withUpperCase().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
