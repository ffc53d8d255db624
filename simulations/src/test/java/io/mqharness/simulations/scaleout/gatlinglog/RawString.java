package io.mqharness.simulations.scaleout.gatlinglog;

import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A string as Gatling 3.15's binary {@code simulation.log} holds it: the bytes of the JVM's {@code
 * String} internals and their coder (0: one byte per char, Latin-1; 1: UTF-16 in the writing
 * machine's byte order). Copied as is from one log into another, so no text is decoded and
 * re-encoded on the way.
 */
public record RawString(byte[] value, byte coder) {
  /** The coder of Latin-1 strings. */
  public static final byte LATIN1 = 0;

  /** The coder of UTF-16 strings. */
  public static final byte UTF16 = 1;

  public static final RawString EMPTY = new RawString(new byte[0], LATIN1);

  /**
   * {@code text} the way the JVM holds it: Latin-1 when every char fits, else UTF-16 in this
   * machine's order.
   */
  public static RawString of(String text) {
    boolean latin1 = text.chars().allMatch(c -> c <= 0xFF);
    return latin1
        ? new RawString(text.getBytes(StandardCharsets.ISO_8859_1), LATIN1)
        : new RawString(text.getBytes(utf16()), UTF16);
  }

  /** The text, for messages and tests. */
  public String text() {
    return new String(value, coder == LATIN1 ? StandardCharsets.ISO_8859_1 : utf16());
  }

  /** True for the empty string (the file holds only its length, 0). */
  public boolean isEmpty() {
    return value.length == 0;
  }

  private static Charset utf16() {
    return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
        ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawString that
        && coder == that.coder
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(value) + coder;
  }

  @Override
  public String toString() {
    return text();
  }
}
