package io.mqharness.protocol.client;

import io.mqharness.protocol.model.HandleError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Some receipt handles of an ack, commit or rollback failed: the service answered {@code <Errors>}
 * (SPEC §7.3). The handles not listed were applied. {@link #errorCode()} is the first failure's
 * code.
 */
public final class AckFailedException extends MqServiceException {
  private final List<HandleError> handleErrors;

  public AckFailedException(int httpStatus, List<HandleError> handleErrors, String requestId) {
    super(httpStatus, firstCode(handleErrors), describe(handleErrors), requestId, null);
    this.handleErrors = List.copyOf(handleErrors);
  }

  public List<HandleError> handleErrors() {
    return handleErrors;
  }

  private static String firstCode(List<HandleError> errors) {
    return errors.isEmpty() ? UNREADABLE_ERROR_CODE : errors.get(0).errorCode();
  }

  private static String describe(List<HandleError> errors) {
    return errors.size()
        + " receipt handle(s) failed: "
        + errors.stream()
            .map(e -> e.receiptHandle() + "=" + e.errorCode())
            .collect(Collectors.joining(", "));
  }
}
