package io.mqharness.simulator.engine;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the engine's identifiers come from: log sequence numbers (publish order, engine-wide),
 * MessageIds (32 upper-case hex characters: a random prefix and the message's sequence number,
 * written out when asked for rather than kept with each message) and the random nonces that receipt
 * handles carry so that none can be guessed (SPEC §9 Q15). A reset does not touch them, so they
 * stay unique for the engine's life.
 */
final class Ids {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final SecureRandom random = new SecureRandom();
  private final long prefix = random.nextLong();
  private long seq;

  long nonce() {
    return random.nextLong();
  }

  long nextSeq() {
    return ++seq;
  }

  /** The MessageId of the message published with sequence number {@code seq}. */
  String messageId(long seq) {
    return HEX.toHexDigits(prefix) + HEX.toHexDigits(seq);
  }
}
