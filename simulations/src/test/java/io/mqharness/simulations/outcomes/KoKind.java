package io.mqharness.simulations.outcomes;

/**
 * Why a request failed, as the client saw it: {@code status500} (a 500 answer), {@code otherStatus}
 * (any other status the request does not expect), {@code connection} (no answer: the connection was
 * reset or closed), {@code timeout} (no answer within the request timeout), {@code check} (an
 * expected status, but the body failed a check: a wrong MD5, no MessageId, an unreadable document).
 */
public enum KoKind {
  STATUS_500("status500"),
  OTHER_STATUS("otherStatus"),
  CONNECTION("connection"),
  TIMEOUT("timeout"),
  CHECK("check");

  private final String word;

  KoKind(String word) {
    this.word = word;
  }

  /** The name in run summaries and on the console. */
  public String word() {
    return word;
  }
}
