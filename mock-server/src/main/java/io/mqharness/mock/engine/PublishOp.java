package io.mqharness.mock.engine;

import io.mqharness.mock.engine.PublishOutcome.Published;
import io.mqharness.protocol.error.ErrorCode;
import java.time.Duration;
import java.util.Optional;

/** PublishMessage: normal, timer, ordered and transactional (half) messages (SPEC §6.1, §6.4, §6.5). */
final class PublishOp {
  private final EngineContext ctx;
  private final Deadlines deadlines;
  private final Retention retention;

  public PublishOp(EngineContext ctx, Deadlines deadlines, Retention retention) {
    this.ctx = ctx;
    this.deadlines = deadlines;
    this.retention = retention;
  }

  /** The body's MessageBodyMD5; computed before taking the engine's lock, since it needs none. */
  public static String bodyMd5(NewMessage message) {
    return BodyMd5.of(message.body());
  }

  public PublishOutcome publish(TopicRef ref, NewMessage message, String bodyMd5) {
    Optional<Topic> topic = ctx.topic(ref);
    if (topic.isEmpty()) {
      return ctx.topicNotExist(ref);
    }
    long now = ctx.now();
    PublishChecks.Checked checked;
    try {
      checked = new PublishChecks(ctx.settings()).check(message, now);
    } catch (PublishChecks.Invalid e) {
      return ctx.reject(ErrorCode.INVALID_ARGUMENT, e.getMessage());
    }
    while (ctx.stored() >= ctx.settings().maxStoredMessages()) {
      if (!retention.makeRoom()) {
        return storeFull();
      }
    }
    long deliverAt = now + Math.max(0, ctx.scaledMillis(Duration.ofMillis(checked.startDeliverTime() - now)));
    String tag = message.tag() == null || message.tag().isEmpty() ? null : message.tag();
    StoredMessage stored = new StoredMessage(
        ctx.nextSeq(), ctx.nextMessageId(), message.body(), bodyMd5, tag, message.properties(),
        now, deliverAt);
    ctx.stored(1);
    ctx.counters().published++;
    if (checked.checkImmunitySeconds().isPresent()) {
      return publishHalf(topic.get(), stored, checked.checkImmunitySeconds().getAsInt());
    }
    deadlines.appendToLog(topic.get(), stored);
    return new Published(stored.id(), stored.bodyMd5(), now, Optional.empty());
  }

  private Published publishHalf(Topic topic, StoredMessage stored, int checkImmunitySeconds) {
    long nonce = ctx.nonce();
    long immuneUntil = stored.publishTime() + ctx.scaledMillis(Duration.ofSeconds(checkImmunitySeconds));
    HalfMessage half = new HalfMessage(stored, immuneUntil, nonce);
    topic.halves().add(half);
    deadlines.watchHalf(topic, half);
    ctx.counters().halfPublished++;
    String handle = new ReceiptHandle(HandleKind.HALF_PUBLISHED, topic.index(), 0, stored.seq(), 0, nonce).encode();
    return new Published(stored.id(), stored.bodyMd5(), stored.publishTime(), Optional.of(handle));
  }

  private Rejected storeFull() {
    return ctx.reject(ErrorCode.INTERNAL_ERROR,
        "The simulator's message store is full: " + ctx.stored() + " messages are stored (cap "
            + ctx.settings().maxStoredMessages() + ") and none can be evicted, since timer messages not yet due and"
            + " undecided transactional messages are kept until delivered or decided. Reset the simulator, or raise"
            + " the cap with --max-messages (EngineSettings.withMaxStoredMessages).");
  }
}
