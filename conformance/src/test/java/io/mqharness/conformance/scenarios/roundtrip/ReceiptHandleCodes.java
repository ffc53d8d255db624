package io.mqharness.conformance.scenarios.roundtrip;

import io.mqharness.conformance.adapter.ClientFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * The error codes of a failed ack: the whole-request code and each handle's (SPEC §7.2, §7.3 allow
 * either).
 */
final class ReceiptHandleCodes {
  private ReceiptHandleCodes() {}

  static List<String> of(ClientFailure failure) {
    List<String> codes = new ArrayList<>();
    if (failure.code() != null) {
      codes.add(failure.code());
    }
    failure.handleFailures().forEach(h -> codes.add(h.code()));
    return codes;
  }
}
