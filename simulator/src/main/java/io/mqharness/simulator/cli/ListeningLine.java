package io.mqharness.simulator.cli;

/**
 * The standalone simulator's ready line, which scripts wait for and read the first URL of: the
 * address it listens on as bound; for a wildcard bind ({@code 0.0.0.0}, {@code ::}) it says so and
 * adds a loopback URL that works from this machine.
 */
final class ListeningLine {
  private ListeningLine() {}

  /**
   * e.g. {@code MQ simulator listening on http://127.0.0.1:8080}, or for {@code 0.0.0.0} {@code MQ
   * simulator listening on http://0.0.0.0:8080 (every interface; from this machine:
   * http://127.0.0.1:8080)}.
   */
  static String of(String bindAddress, int port) {
    boolean wildcard =
        bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("[::]");
    String host =
        bindAddress.contains(":") && !bindAddress.startsWith("[")
            ? "[" + bindAddress + "]"
            : bindAddress;
    String line = "MQ simulator listening on http://" + host + ":" + port;
    return wildcard
        ? line + " (every interface; from this machine: http://127.0.0.1:" + port + ")"
        : line;
  }
}
