package io.mqharness.simulator.engine;

/**
 * A transactional message neither committed nor rolled back, and where it stands (SPEC §6.5; the
 * rules are {@link Transactions}'): its pops are counted on it, apart from any consumer group (rule
 * 8); the publish handle and each pop handle carry a nonce kept here, which {@link
 * ReceiptHandleValidity} checks.
 */
final class HalfMessage {
  private final StoredMessage message;
  private final long immuneUntil;
  private final long publishNonce;
  private HalfState state = HalfState.HALF_IMMUNE;
  private int pops;
  private long firstPopTime;
  private long windowEnd;
  private long popNonce;

  public HalfMessage(StoredMessage message, long immuneUntil, long publishNonce) {
    this.message = message;
    this.immuneUntil = immuneUntil;
    this.publishNonce = publishNonce;
  }

  public StoredMessage message() {
    return message;
  }

  public HalfState state() {
    return state;
  }

  public void becomeCheckable() {
    state = HalfState.HALF_CHECKABLE;
  }

  /**
   * Records a pop at {@code now}: the new handle (serial = pop count, nonce) is valid until {@code
   * windowEnd}.
   */
  public void pop(long now, long windowEnd, long nonce) {
    if (pops == 0) {
      firstPopTime = now;
    }
    pops++;
    this.windowEnd = windowEnd;
    this.popNonce = nonce;
    state = HalfState.HALF_CHECKING;
  }

  public long immuneUntil() {
    return immuneUntil;
  }

  public int pops() {
    return pops;
  }

  public long firstPopTime() {
    return firstPopTime;
  }

  public long windowEnd() {
    return windowEnd;
  }

  /** The nonce of the publish handle h0. */
  public long publishNonce() {
    return publishNonce;
  }

  /** The nonce of the latest pop's handle. */
  public long popNonce() {
    return popNonce;
  }
}
