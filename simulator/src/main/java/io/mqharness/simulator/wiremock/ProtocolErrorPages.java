package io.mqharness.simulator.wiremock;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.WireHeaders;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages in the protocol's form. Requests that fail before the engine stub can answer
 * them (a body cut short of its Content-Length, a query WireMock cannot decode, bytes that are not
 * HTTP) still get an {@code <Error>} body with a code and an {@code x-mq-request-id}, never an HTML
 * page.
 */
final class ProtocolErrorPages extends ErrorHandler {

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ErrorCode code =
        codeFor(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), response.getStatus());
    String requestId = RequestIds.next();
    byte[] body =
        WireResponses.errorBody(
            code,
            messageFor(code),
            requestId,
            RequestIds.hostId(
                request.getScheme(), request.getServerName(), request.getServerPort()));
    response.setStatus(code.httpStatus());
    response.setContentType(WireHeaders.ANSWER_CONTENT_TYPE);
    response.setHeader(WireHeaders.REQUEST_ID_HEADER, requestId);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    baseRequest.setHandled(true);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String requestId = RequestIds.next();
    fields.put(HttpHeader.CONTENT_TYPE, WireHeaders.ANSWER_CONTENT_TYPE);
    fields.put(WireHeaders.REQUEST_ID_HEADER, requestId);
    ErrorCode code =
        status == 431 || status == 414 ? ErrorCode.INVALID_REQUEST_URL : ErrorCode.MALFORMED_XML;
    return ByteBuffer.wrap(
        WireResponses.errorBody(
            code, "The request is not valid HTTP: " + reason, requestId, "unknown"));
  }

  /**
   * The protocol's code for a request that failed inside Jetty: a body that ended, or stopped
   * arriving until the idle timeout, before its Content-Length is {@code MalformedXML} (as a body
   * cut short, SPEC §7.1); an undecodable query {@code InvalidQueryString}; an unknown path {@code
   * InvalidRequestURL}; anything else {@code InternalError}.
   */
  static ErrorCode codeFor(Object failure, int status) {
    for (Throwable t = failure instanceof Throwable th ? th : null; t != null; t = t.getCause()) {
      if (t instanceof EofException || t instanceof TimeoutException) {
        return ErrorCode.MALFORMED_XML;
      }
      if (t instanceof IllegalArgumentException) {
        return ErrorCode.INVALID_QUERY_STRING;
      }
    }
    return status == 404 ? ErrorCode.INVALID_REQUEST_URL : ErrorCode.INTERNAL_ERROR;
  }

  private static String messageFor(ErrorCode code) {
    return switch (code) {
      case MALFORMED_XML -> "The request body ended before its Content-Length.";
      case INVALID_QUERY_STRING -> "Http request URL contains an invalid querystring item.";
      default -> code.defaultMessage();
    };
  }
}
