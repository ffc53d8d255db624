package io.mqharness.simulator.engine;

/**
 * What one group knows of a message it has received and not yet acked: its counts, and the nonce of
 * the latest handle, whose serial is {@link #consumedTimes()}, which {@link ReceiptHandleValidity}
 * checks against {@code nextConsumeTime}. Once that passes ({@link RedeliverySchedule}) the message
 * waits in the group's ready set again, keeping its counts for the next delivery.
 */
final class InFlight {
  private final StoredMessage message;
  private int consumedTimes;
  private long firstConsumeTime;
  private long nextConsumeTime;
  private long nonce;
  private boolean invisible;

  public InFlight(StoredMessage message) {
    this.message = message;
  }

  public StoredMessage message() {
    return message;
  }

  /**
   * Records one more delivery at {@code now}, hidden until {@code nextConsumeTime}, with a new
   * handle.
   */
  public void deliver(long now, long nextConsumeTime, long nonce) {
    if (consumedTimes == 0) {
      firstConsumeTime = now;
    }
    consumedTimes++;
    this.nextConsumeTime = nextConsumeTime;
    this.nonce = nonce;
    invisible = true;
  }

  public void lapse() {
    invisible = false;
  }

  /**
   * The receipt handle of the latest delivery, for the group numbered {@code groupIndex} of that
   * topic.
   */
  public ReceiptHandle handle(int topicIndex, int groupIndex) {
    return new ReceiptHandle(
        HandleKind.CONSUMED, topicIndex, groupIndex, message.seq(), consumedTimes, nonce);
  }

  public boolean invisible() {
    return invisible;
  }

  public int consumedTimes() {
    return consumedTimes;
  }

  public long firstConsumeTime() {
    return firstConsumeTime;
  }

  public long nextConsumeTime() {
    return nextConsumeTime;
  }

  public long nonce() {
    return nonce;
  }
}
