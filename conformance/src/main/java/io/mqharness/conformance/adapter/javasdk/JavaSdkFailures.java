package io.mqharness.conformance.adapter.javasdk;

import com.aliyun.mq.http.common.AckMessageException;
import com.aliyun.mq.http.common.ClientException;
import com.aliyun.mq.http.common.ServiceException;
import io.mqharness.conformance.adapter.ClientFailure;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Java SDK's exceptions as {@link ClientFailure}s: {@code AckMessageException} (per-handle
 * map), {@code ServiceException} (error code and request id), {@code ClientException} (transport
 * and client checks).
 */
final class JavaSdkFailures {
  private JavaSdkFailures() {}

  static <T> T translate(Supplier<T> call) {
    try {
      return call.get();
    } catch (AckMessageException e) {
      Map<String, com.aliyun.mq.http.model.ErrorMessageResult> errors =
          e.getErrorMessages() == null ? Map.of() : e.getErrorMessages();
      var failures =
          errors.entrySet().stream()
              .map(
                  f ->
                      new ClientFailure.HandleFailure(
                          f.getKey(), f.getValue().getErrorCode(), f.getValue().getErrorMessage()))
              .toList();
      String first = failures.isEmpty() ? e.getErrorCode() : failures.get(0).code();
      throw new ClientFailure(
          ClientFailure.Kind.SERVICE,
          first,
          String.valueOf(e.getMessage()),
          e.getRequestId(),
          failures);
    } catch (ServiceException e) {
      throw new ClientFailure(
          ClientFailure.Kind.SERVICE,
          e.getErrorCode(),
          String.valueOf(e.getMessage()),
          e.getRequestId(),
          null);
    } catch (ClientException e) {
      throw new ClientFailure(
          ClientFailure.Kind.CLIENT,
          e.getErrorCode(),
          String.valueOf(e.getMessage()),
          e.getRequestId(),
          null);
    } catch (IllegalArgumentException e) {
      // The SDK's own check of an argument: a typed refusal, told apart from a transport failure by
      // its code.
      throw new ClientFailure(
          ClientFailure.Kind.CLIENT, "IllegalArgument", e.getMessage(), null, null);
    }
  }
}
