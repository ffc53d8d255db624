package io.mqharness.benchmarks;

import java.io.IOException;

/**
 * A status or body a probe did not expect (e.g. a publish not answered 201), with the start of the
 * body.
 */
final class UnexpectedAnswer extends IOException {
  UnexpectedAnswer(String what, HttpConnection.RawResponse response) {
    super(what + " answered " + response.status() + ": " + abbreviated(response.text()));
  }

  private static String abbreviated(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
