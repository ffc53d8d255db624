package io.mqharness.simulator.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleError;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.protocol.xml.ProtocolXml;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.engine.SimulatorEngine;
import io.mqharness.simulator.engine.observe.EngineCounters;
import io.mqharness.simulator.engine.observe.EngineSnapshot;
import io.mqharness.simulator.engine.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's request path without HTTP: a fresh engine on a virtual clock behind the same
 * {@link MqProtocolTransformer} the catch-all stub uses. {@link #send} hands it one request as
 * Jetty would and checks the answer is one the protocol declares, and that the engine's books still
 * balance:
 *
 * <ul>
 *   <li>201 (publish), 200 (consume, at least one message), 204 (ack): a readable success body of
 *       that operation;
 *   <li>404 {@code <Errors>} (a batch with failed handles, SPEC §7.3): every entry a known code;
 *   <li>any other answer: an {@code <Error>} whose code is one of {@link ErrorCode}, with that
 *       code's status and the {@code x-mq-request-id} as its RequestId; never {@code
 *       InternalError}, which the transformer gives only when something threw;
 *   <li>a refused request (4xx other than {@code MessageNotExist}) leaves the engine's state and
 *       counters as they were;
 *   <li>the engine counts exactly as many publishes as were answered 201.
 * </ul>
 */
final class TransformerHarness {
  static final Instant NOW = Instant.parse("2026-11-24T19:52:29Z");

  private final VirtualClock clock = new VirtualClock(NOW.toEpochMilli());
  private final SimulatorEngine engine = new SimulatorEngine(clock, EngineSettings.defaults());
  private final MqProtocolTransformer transformer;
  private final List<String> handles = new ArrayList<>();
  private long answeredPublishes;

  TransformerHarness() {
    SignatureVerifier verifier =
        new SignatureVerifier(
                id ->
                    id.equals(FuzzedRequest.PAIR.accessKeyId())
                        ? Optional.of(FuzzedRequest.PAIR.accessKeySecret())
                        : Optional.empty())
            .withSkewCheck(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));
    transformer =
        new MqProtocolTransformer(engine, new RequestAuthenticator(verifier), new WireCounters());
  }

  /**
   * Receipt handles that earlier answers gave out (publish of a half message, consume), for later
   * acks.
   */
  List<String> handles() {
    return handles;
  }

  void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Sends one request and checks the answer and the engine (see the class comment); returns the
   * status.
   */
  int send(FuzzedRequest request) {
    EngineSnapshot stateBefore = engine.snapshot();
    EngineCounters countersBefore = engine.counters();
    ImmutableRequest.Builder wire =
        new ImmutableRequest.Builder()
            .withAbsoluteUrl("http://127.0.0.1:8080" + request.target())
            .withMethod(RequestMethod.fromString(request.method()))
            .withProtocol("HTTP/1.1")
            .withBody(request.body() == null ? new byte[0] : request.body());
    request.headers().forEach(wire::withHeader);

    ResponseDefinition answer = transformer.transform(ServeEvent.of(wire.build()));

    int status = answer.getStatus();
    byte[] body = answer.getByteBody();
    HttpHeader requestId = answer.getHeaders().getHeader("x-mq-request-id");
    assertThat(requestId.isPresent()).as("x-mq-request-id on %s", status).isTrue();
    switch (status) {
      case 201 -> published(request, body);
      case 200 -> consumed(request, body);
      case 204 -> assertThat(request.method()).isEqualTo("DELETE");
      default -> {
        if (status == 404 && "Errors".equals(root(body))) {
          assertThat(request.method()).isEqualTo("DELETE");
          List<HandleError> errors = ProtocolXml.readHandleErrors(body).errors();
          assertThat(errors)
              .isNotEmpty()
              .allSatisfy(e -> assertThat(ErrorCode.fromWireCode(e.errorCode())).isPresent());
        } else {
          refused(status, body, requestId.firstValue(), stateBefore, countersBefore);
        }
      }
    }
    EngineSnapshot after = engine.snapshot();
    assertThat(engine.counters().published())
        .as("publishes counted vs answered 201")
        .isEqualTo(answeredPublishes);
    assertThat(after.storedMessages()).isBetween(0L, answeredPublishes);
    return status;
  }

  private void published(FuzzedRequest request, byte[] body) {
    assertThat(request.method()).isEqualTo("POST");
    PublishResponse response = ProtocolXml.readPublishResponse(body);
    answeredPublishes++;
    if (response.receiptHandle() != null) {
      handles.add(response.receiptHandle());
    }
  }

  private void consumed(FuzzedRequest request, byte[] body) {
    assertThat(request.method()).isEqualTo("GET");
    List<ConsumedMessage> messages = ProtocolXml.readConsumedMessages(body).messages();
    assertThat(messages).isNotEmpty();
    messages.forEach(m -> handles.add(m.receiptHandle()));
  }

  private void refused(
      int status,
      byte[] body,
      String requestId,
      EngineSnapshot stateBefore,
      EngineCounters countersBefore) {
    ErrorResponse error = ProtocolXml.readErrorResponse(body);
    Optional<ErrorCode> code = ErrorCode.fromWireCode(error.code());
    assertThat(code).as("a declared code: %s", error.code()).isPresent();
    assertThat(code.get())
        .as("%s: %s", error.code(), error.message())
        .isNotEqualTo(ErrorCode.INTERNAL_ERROR);
    assertThat(status).as("status of %s", error.code()).isEqualTo(code.get().httpStatus());
    assertThat(error.requestId()).isEqualTo(requestId);
    if (code.get() != ErrorCode.MESSAGE_NOT_EXIST) {
      assertThat(withoutTime(engine.snapshot()))
          .as("state after %s", error.code())
          .isEqualTo(withoutTime(stateBefore));
      assertThat(withoutRejections(engine.counters()))
          .as("counters after %s", error.code())
          .isEqualTo(withoutRejections(countersBefore));
    }
  }

  private static String root(byte[] body) {
    try {
      return ProtocolXml.rootElementName(body);
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static EngineSnapshot withoutTime(EngineSnapshot snapshot) {
    return new EngineSnapshot(
        0, snapshot.storedMessages(), snapshot.maxStoredMessages(), snapshot.instances());
  }

  private static EngineCounters withoutRejections(EngineCounters c) {
    return new EngineCounters(
        c.published(),
        c.halfPublished(),
        c.delivered(),
        c.redelivered(),
        c.acked(),
        c.committed(),
        c.rolledBack(),
        c.halfChecks(),
        c.deadLettered(),
        c.expired(),
        c.evicted(),
        java.util.Map.of(),
        c.waitingConsumers());
  }
}
