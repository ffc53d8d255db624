package io.mqharness.protocol.sign;

import io.mqharness.protocol.error.ErrorCode;
import java.util.Objects;

/**
 * Outcome of {@link SignatureVerifier#verify}: the caller's access key id, or the error to answer
 * with.
 */
public sealed interface VerificationResult {

  boolean isVerified();

  record Verified(String accessKeyId) implements VerificationResult {
    @Override
    public boolean isVerified() {
      return true;
    }
  }

  record Rejected(ErrorCode code, String message) implements VerificationResult {
    public Rejected {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public boolean isVerified() {
      return false;
    }
  }
}
