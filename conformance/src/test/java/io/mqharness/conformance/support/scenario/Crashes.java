package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.ClientFailure;
import java.util.Set;

/**
 * Failures that are no answer at all: a driver that died or broke the contract, and a crash inside
 * the client's code, reported under the runtime's own error name (Go {@code SdkPanic}, PHP {@code
 * Error} and {@code TypeError}, a JavaScript {@code TypeError}, a Python {@code IndexError}, a Java
 * {@code NullPointerException}; DRIVER.md §3) rather than an error type the client defines. A
 * scenario that asks for "a typed error, never a crash" refuses these.
 */
public final class Crashes {
  private static final Set<String> CODES =
      Set.of(
          "DriverExited",
          "DriverProtocolError",
          "DriverStartFailed",
          "SdkPanic",
          "Error",
          "TypeError",
          "ReferenceError",
          "RangeError",
          "IndexError",
          "KeyError",
          "AttributeError",
          "UnboundLocalError",
          "NullPointerException",
          "ClassCastException",
          "IndexOutOfBoundsException",
          "ArrayIndexOutOfBoundsException");

  private Crashes() {}

  /** True when {@code failure} is a crash or a dead driver, not an error the client reported. */
  public static boolean isCrash(ClientFailure failure) {
    return failure.code() != null && CODES.contains(failure.code());
  }

  /** True when the client did not answer in time: it gave up itself, or the harness cut it off. */
  public static boolean isHang(ClientFailure failure) {
    return failure.kind() == ClientFailure.Kind.TIMEOUT;
  }
}
