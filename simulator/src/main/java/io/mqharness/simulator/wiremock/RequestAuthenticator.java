package io.mqharness.simulator.wiremock;

import com.github.tomakehurst.wiremock.http.Request;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.sign.ContentDigest;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.protocol.sign.VerificationResult;

/**
 * Checks the Authorization, Date and signature of a request over its raw target (SPEC §3.2), then
 * its Content-MD5 when one is sent (SPEC §2.4).
 */
public final class RequestAuthenticator {
  private final SignatureVerifier verifier;

  public RequestAuthenticator(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  void authenticate(Request request) {
    VerificationResult result =
        verifier.verify(request.getMethod().getName(), request.getUrl(), request::getHeader);
    if (result instanceof VerificationResult.Rejected rejected) {
      throw new ProtocolError(rejected.code(), rejected.message());
    }
    String digest = request.getHeader("Content-MD5");
    if (digest != null && !ContentDigest.matches(digest, request.getBody())) {
      throw new ProtocolError(ErrorCode.INVALID_DIGEST);
    }
  }
}
