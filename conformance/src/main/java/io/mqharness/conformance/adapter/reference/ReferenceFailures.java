package io.mqharness.conformance.adapter.reference;

import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.protocol.client.AckFailedException;
import io.mqharness.protocol.client.LimitExceededException;
import io.mqharness.protocol.client.MqClientException;
import io.mqharness.protocol.client.MqServiceException;
import java.util.function.Supplier;

/** The reference client's exceptions as {@link ClientFailure}s. */
final class ReferenceFailures {
  private ReferenceFailures() {}

  static <T> T translate(Supplier<T> call) {
    try {
      return call.get();
    } catch (AckFailedException e) {
      throw new ClientFailure(
          ClientFailure.Kind.SERVICE,
          e.errorCode(),
          e.getMessage(),
          e.requestId(),
          e.handleErrors().stream()
              .map(
                  h ->
                      new ClientFailure.HandleFailure(
                          h.receiptHandle(), h.errorCode(), h.errorMessage()))
              .toList());
    } catch (MqServiceException e) {
      throw new ClientFailure(
          ClientFailure.Kind.SERVICE, e.errorCode(), e.getMessage(), e.requestId(), null);
    } catch (LimitExceededException e) {
      // The reference client's own refusal of a request beyond a limit (SPEC §2): typed, unlike a
      // transport failure.
      throw new ClientFailure(
          ClientFailure.Kind.CLIENT, "LimitExceeded", e.getMessage(), null, null);
    } catch (MqClientException | IllegalArgumentException e) {
      throw new ClientFailure(ClientFailure.Kind.CLIENT, null, e.getMessage(), null, null);
    }
  }
}
