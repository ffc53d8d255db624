package io.mqharness.simulator.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** What a bind address exposes: only this machine (loopback) or more. */
public final class BindAddresses {
  private BindAddresses() {}

  /**
   * True when {@code bindAddress} (a literal such as {@code 127.0.0.1}, {@code ::1}, or a name such
   * as {@code localhost}) is a loopback address, reachable from this machine only. The wildcard
   * {@code 0.0.0.0} / {@code ::} and every other address are not; so is a name that does not
   * resolve, to be safe.
   */
  public static boolean isLoopback(String bindAddress) {
    if (bindAddress == null || bindAddress.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(bindAddress.trim()).isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }
}
