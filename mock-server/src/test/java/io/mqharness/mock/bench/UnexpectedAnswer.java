package io.mqharness.mock.bench;

import java.io.IOException;

/** A status or body the step did not expect; the worker counts it as an error and carries on. */
final class UnexpectedAnswer extends IOException {
  UnexpectedAnswer(String what, HttpConnection.RawResponse response) {
    super(what + " answered " + response.status() + ": " + abbreviated(response.text()));
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
