package io.mqharness.mock.wiremock;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids as the service shows them: 24 upper-case hex characters (SPEC §2.5). */
final class RequestIds {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private RequestIds() {}

  static String next() {
    byte[] bytes = new byte[12];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HEX.formatHex(bytes);
  }
}
