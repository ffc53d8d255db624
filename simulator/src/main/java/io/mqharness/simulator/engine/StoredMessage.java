package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;

/**
 * A message in a topic's log: the {@link PublishRequest} as published (its tag null when absent or
 * empty) and what the engine adds to it. {@code seq} orders deliveries (publish order,
 * engine-wide); the partition is the {@code __SHARDINGKEY} ("" when absent). Mutable only in what
 * the engine tracks about it: whether a timer still hides it, and, for a transactional message,
 * that it became deliverable at its commit.
 */
final class StoredMessage {
  private final long seq;
  private final Ids ids;
  private final PublishRequest published;
  private final String bodyMd5;
  private final long publishTime;
  private long deliverAt;
  private boolean delayed;

  /**
   * {@code bodyMd5} is the body's MessageBodyMD5 (SPEC §4.3); times are epoch milliseconds of
   * engine time; {@code ids} writes its MessageId from {@code seq} when an answer needs it (a
   * String kept per message cost about 70 bytes of heap).
   */
  public StoredMessage(
      long seq,
      Ids ids,
      PublishRequest published,
      String bodyMd5,
      long publishTime,
      long deliverAt) {
    this.seq = seq;
    this.ids = ids;
    this.published = published;
    this.bodyMd5 = bodyMd5;
    this.publishTime = publishTime;
    this.deliverAt = deliverAt;
  }

  public long seq() {
    return seq;
  }

  public String tag() {
    return published.tag();
  }

  public long publishTime() {
    return publishTime;
  }

  /**
   * The answer to its publish (SPEC §4.3): MessageId, MessageBodyMD5 and, for a half message, the
   * publish receipt handle ({@code null} otherwise).
   */
  public PublishResponse answer(String receiptHandle) {
    return new PublishResponse(ids.messageId(seq), bodyMd5, receiptHandle);
  }

  /**
   * One delivery of it (SPEC §4.4): with this receipt handle, hidden until {@code nextConsumeTime},
   * first delivered at {@code firstConsumeTime} (epoch ms), delivered {@code consumedTimes} times
   * so far, this one included.
   */
  public ConsumedMessage delivery(
      String receiptHandle, long nextConsumeTime, long firstConsumeTime, int consumedTimes) {
    return new ConsumedMessage(
        ids.messageId(seq),
        receiptHandle,
        bodyMd5,
        published.body(),
        publishTime,
        nextConsumeTime,
        firstConsumeTime,
        consumedTimes,
        published.tag(),
        published.properties());
  }

  /**
   * When the message may first be delivered (engine time, already scaled): its timer's time, its
   * commit for a transactional message, its publish time otherwise. Its retention is counted from
   * here.
   */
  public long deliverAt() {
    return deliverAt;
  }

  /**
   * The message joins its topic's log at {@code now} (its publish, or its commit for a
   * transactional message): it can be delivered, and its retention counted, from then at the
   * earliest.
   */
  public void joinsLogAt(long now) {
    deliverAt = Math.max(deliverAt, now);
  }

  public String partition() {
    return published.properties().shardingKey().orElse("");
  }

  /** True while a timer ({@code __STARTDELIVERTIME}) still hides the message from every group. */
  public boolean delayed() {
    return delayed;
  }

  public void delayed(boolean delayed) {
    this.delayed = delayed;
  }
}
