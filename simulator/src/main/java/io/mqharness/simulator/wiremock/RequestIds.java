package io.mqharness.simulator.wiremock;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids every answer carries: its request id and, in an {@code <Error>}, the host id (SPEC §2.5,
 * §4.6).
 */
final class RequestIds {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private RequestIds() {}

  /** A new request id as the service shows them: 24 upper-case hex characters (SPEC §2.5). */
  static String next() {
    byte[] bytes = new byte[12];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HEX.formatHex(bytes);
  }

  /**
   * The {@code HostId} of an {@code <Error>}: the endpoint the request reached, {@code
   * scheme://host:port}.
   */
  static String hostId(String scheme, String host, int port) {
    return scheme + "://" + host + ":" + port;
  }
}
