package io.mqharness.simulator.engine;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;

/**
 * A receipt handle's content (SPEC §9 Q15): what it was issued for, the topic and group numbers,
 * the message's log sequence, the delivery serial and a random nonce the engine keeps, so that a
 * handle cannot be guessed and a handle of another topic or group is recognised. On the wire: 39
 * characters of URL-safe Base64 ({@code [A-Za-z0-9_-]}).
 */
record ReceiptHandle(
    HandleKind kind, int topicIndex, int groupIndex, long seq, int serial, long nonce) {
  private static final int BYTES = 1 + 4 + 4 + 8 + 4 + 8;
  private static final int CHARS = 39;

  public String encode() {
    ByteBuffer buf = ByteBuffer.allocate(BYTES);
    buf.put((byte) kind.ordinal())
        .putInt(topicIndex)
        .putInt(groupIndex)
        .putLong(seq)
        .putInt(serial)
        .putLong(nonce);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buf.array());
  }

  /**
   * Empty for anything this engine did not issue in this form (garbage, other lengths, unknown
   * kinds, or a spelling other than the one {@link #encode()} gives).
   */
  public static Optional<ReceiptHandle> decode(String wire) {
    if (wire == null || wire.length() != CHARS) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(wire);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int kind = buf.get();
    if (kind < 0 || kind >= HandleKind.values().length) {
      return Optional.empty();
    }
    ReceiptHandle handle =
        new ReceiptHandle(
            HandleKind.values()[kind],
            buf.getInt(),
            buf.getInt(),
            buf.getLong(),
            buf.getInt(),
            buf.getLong());
    // Base64 leaves two bits of the last character unused, and the decoder ignores them: a handle
    // that differs
    // from the one issued only there is still not the one issued.
    return handle.encode().equals(wire) ? Optional.of(handle) : Optional.empty();
  }
}
