package io.mqharness.mock.engine;

import io.mqharness.protocol.properties.MessageProperties;

/**
 * A message in a topic's log, as published. {@code seq} orders deliveries (publish order, engine-wide); the
 * partition is the {@code __SHARDINGKEY} ("" when absent). Mutable only in what the engine tracks about it:
 * whether a timer still hides it, and, for a transactional message, that it became deliverable at its commit.
 */
final class StoredMessage {
  private final long seq;
  private final String id;
  private final String body;
  private final String bodyMd5;
  private final String tag;
  private final MessageProperties properties;
  private final long publishTime;
  private long deliverAt;
  private boolean delayed;

  public StoredMessage(
      long seq, String id, String body, String bodyMd5, String tag, MessageProperties properties, long publishTime,
      long deliverAt) {
    this.seq = seq;
    this.id = id;
    this.body = body;
    this.bodyMd5 = bodyMd5;
    this.tag = tag;
    this.properties = properties;
    this.publishTime = publishTime;
    this.deliverAt = deliverAt;
  }

  public long seq() {
    return seq;
  }

  public String id() {
    return id;
  }

  public String body() {
    return body;
  }

  public String bodyMd5() {
    return bodyMd5;
  }

  public String tag() {
    return tag;
  }

  public MessageProperties properties() {
    return properties;
  }

  public long publishTime() {
    return publishTime;
  }

  /**
   * When the message may first be delivered (engine time, already scaled): its timer's time, its commit for a
   * transactional message, its publish time otherwise. Its retention is counted from here.
   */
  public long deliverAt() {
    return deliverAt;
  }

  /**
   * The message joins its topic's log at {@code now} (its publish, or its commit for a transactional message):
   * it can be delivered, and its retention counted, from then at the earliest.
   */
  public void joinsLogAt(long now) {
    deliverAt = Math.max(deliverAt, now);
  }

  public String partition() {
    return properties.shardingKey().orElse("");
  }

  /** True while a timer ({@code __STARTDELIVERTIME}) still hides the message from every group. */
  public boolean delayed() {
    return delayed;
  }

  public void delayed(boolean delayed) {
    this.delayed = delayed;
  }
}
