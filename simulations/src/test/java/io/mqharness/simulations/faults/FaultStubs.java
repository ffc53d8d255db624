package io.mqharness.simulations.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The WireMock stub mapping of a fault (docs/simulator.md, "Fault injection"): the protocol's paths
 * of its operation, the {@code mq-share} matcher with its share, a priority above the engine's
 * catch-all, and the answer of its kind: a 500 {@code InternalError}, the engine's answer ({@code
 * mq-protocol}) with a fixed delay, or a connection reset.
 */
public final class FaultStubs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MESSAGES = "/topics/[^/]+/messages";
  private static final String ERROR_BODY =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error xmlns=\"http://mq.aliyuncs.com/doc/v1\">"
          + "<Code>InternalError</Code><Message>Injected fault (mq.faults).</Message>"
          + "<RequestId>FA0170000000000000000000</RequestId><HostId>http://127.0.0.1</HostId></Error>";

  private FaultStubs() {}

  /**
   * The mapping JSON of {@code fault}, at {@code priority} (1 is tried first; the engine's is
   * 1000).
   */
  public static String mapping(Fault fault, int priority) {
    ObjectNode mapping = JSON.createObjectNode();
    mapping.put("name", "mq-fault: " + fault.text());
    mapping.put("priority", priority);
    ObjectNode request = mapping.putObject("request");
    request.put("urlPathPattern", MESSAGES);
    switch (fault.operation()) {
      case PUBLISH -> request.put("method", "POST");
      case CONSUME -> request.put("method", "GET");
      case ACK -> {
        request.put("method", "DELETE");
        request.putObject("queryParameters").putObject("trans").put("absent", true);
      }
      case DECIDE -> {
        request.put("method", "DELETE");
        request.putObject("queryParameters").putObject("trans").put("matches", "commit|rollback");
      }
      case ANY -> request.put("method", "ANY");
    }
    ObjectNode share = request.putObject("customMatcher");
    share.put("name", "mq-share");
    // The salt: mq-share draws a signed request from its bytes and the stub's parameters; without
    // it two faults with
    // the same share would pick the same requests, and a later one none of those an earlier one let
    // through.
    share.putObject("parameters").put("percent", fault.percent()).put("salt", "fault " + priority);
    ObjectNode response = mapping.putObject("response");
    switch (fault.kind()) {
      case ERROR_500 -> {
        response.put("status", 500);
        response
            .putObject("headers")
            .put("Content-Type", "text/xml;charset=utf-8")
            .put("x-mq-request-id", "FA0170000000000000000000");
        response.put("body", ERROR_BODY);
      }
      case DELAY -> {
        response.putArray("transformers").add("mq-protocol");
        response.put("fixedDelayMilliseconds", fault.delay().toMillis());
      }
      // Gatling's HTTP client sends a request again, on a new connection, when its pooled
      // connection breaks before any
      // answer; mq-share draws a signed request from its bytes, so the retry is reset too and the
      // fault stays seen.
      case RESET -> response.put("fault", "CONNECTION_RESET_BY_PEER");
    }
    return mapping.toString();
  }
}
