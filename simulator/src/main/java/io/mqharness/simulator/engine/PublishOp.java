package io.mqharness.simulator.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.simulator.engine.PublishOutcome.Published;

/**
 * PublishMessage, one request (SPEC §4.2, §4.3, §5.3): the topic must exist, the message must pass
 * {@link PublishChecks}, and the store must have room ({@link Retention}, {@link StoreCap}); then
 * the message is stored with a new MessageId and handed to its lifecycle: a transactional one
 * ({@code __TransCheckT}) to {@link Transactions}, any other (normal, ordered, timer) to {@link
 * Timers}, which puts it in the topic's log now or when its time comes. Nothing of a refused
 * publish is stored.
 */
record PublishOp(
    Topics topics,
    Rejections rejections,
    EngineTime time,
    Ids ids,
    Counters counters,
    StoreCap store,
    Retention retention,
    Timers timers,
    Transactions transactions) {
  /** The body's MessageBodyMD5; computed before taking the engine's lock, since it needs none. */
  static String bodyMd5(PublishRequest message) {
    return ContentDigest.messageBodyMd5(message.body());
  }

  /**
   * Publishes {@code message}, whose MD5 is {@code bodyMd5}: Published, or Rejected with the
   * protocol's code.
   */
  PublishOutcome publish(TopicRef ref, PublishRequest message, String bodyMd5) {
    if (!topics.admits(ref)) {
      return rejections.topicNotExist(ref);
    }
    long now = time.now();
    PublishChecks.Checked checked;
    try {
      checked = PublishChecks.check(message, now);
    } catch (PublishChecks.Invalid e) {
      return rejections.reject(ErrorCode.INVALID_ARGUMENT, e.getMessage());
    }
    if (!retention.makeRoom()) {
      return rejections.reject(ErrorCode.INTERNAL_ERROR, store.whyFull());
    }
    Topic topic = topics.find(ref).orElseThrow();
    PublishRequest published =
        message.tag() != null && message.tag().isEmpty()
            ? new PublishRequest(message.body(), null, message.properties())
            : message;
    StoredMessage stored =
        new StoredMessage(
            ids.nextSeq(),
            ids,
            published,
            bodyMd5,
            now,
            timers.deliverAt(checked.startDeliverTime(), now));
    store.added();
    counters.published++;
    if (checked.checkImmunitySeconds().isPresent()) {
      return transactions.publishHalf(topic, stored, checked.checkImmunitySeconds().getAsInt());
    }
    timers.appendWhenDue(topic, stored);
    return new Published(stored.answer(null), now);
  }
}
