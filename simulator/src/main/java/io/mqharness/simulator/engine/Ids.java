package io.mqharness.simulator.engine;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the engine's identifiers come from: MessageIds (32 upper-case hex characters, a random
 * prefix and a count), log sequence numbers (publish order, engine-wide) and the random nonces that
 * receipt handles carry so that none can be guessed (SPEC §9 Q15). A reset does not touch them, so
 * they stay unique for the engine's life.
 */
final class Ids {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final SecureRandom random = new SecureRandom();
  private final long prefix = random.nextLong();
  private long messages;
  private long seq;

  long nonce() {
    return random.nextLong();
  }

  long nextSeq() {
    return ++seq;
  }

  String nextMessageId() {
    return HEX.toHexDigits(prefix) + HEX.toHexDigits(++messages);
  }
}
