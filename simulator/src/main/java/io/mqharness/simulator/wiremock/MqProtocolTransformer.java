package io.mqharness.simulator.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.simulator.engine.ConsumeOutcome;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import io.mqharness.simulator.engine.SimulatorEngine;
import io.mqharness.simulator.wiremock.longpoll.LongPollFilter;
import io.mqharness.simulator.wiremock.longpoll.LongPollHandoff;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The response of the simulator's catch-all stub: parses the request (path, authentication, query,
 * body, in the order of SPEC §7.2), makes one engine call and renders the outcome. Any stub of
 * higher priority answers instead, which is how faults are injected. A stub that names this
 * transformer ({@value #NAME}) gets the engine's answer with the stub's own delay (fixed or
 * random), which is how a slow service is simulated. A consume the engine cannot answer yet is
 * handed to {@link LongPollFilter} through the request's {@link LongPollHandoff}, so that it waits
 * without a thread; without the filter (WireMock run some other way) the request thread waits for
 * it.
 */
public final class MqProtocolTransformer implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "mq-protocol";

  /**
   * How long past its {@code waitseconds} a long poll may be held in real time, whatever the
   * engine's clock.
   */
  public static final Duration LONG_POLL_GRACE = Duration.ofMillis(900);

  private static final Logger LOG = Logger.getLogger(MqProtocolTransformer.class.getName());

  private final SimulatorEngine engine;
  private final RequestAuthenticator authenticator;
  private final WireCounters counters;

  public MqProtocolTransformer(
      SimulatorEngine engine, RequestAuthenticator authenticator, WireCounters counters) {
    this.engine = engine;
    this.authenticator = authenticator;
    this.counters = counters;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    return withDelayOf(serveEvent.getResponseDefinition(), answer(serveEvent));
  }

  private ResponseDefinition answer(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    WireResponses responses =
        new WireResponses(
            RequestIds.next(),
            RequestIds.hostId(request.getScheme(), request.getHost(), request.getPort()));
    try {
      String method = request.getMethod().getName();
      ResourcePath resource = ResourcePath.parse(method, request.getUrl());
      authenticator.authenticate(request);
      ProtocolCall call = CallParser.parse(method, resource, request.getBody());
      counters.accepted();
      return dispatch(call, responses);
    } catch (ProtocolError e) {
      counters.rejected(e.code());
      return responses.error(e.code(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Request " + request.getMethod() + " " + request.getUrl() + " failed in the simulator",
          e);
      counters.rejected(ErrorCode.INTERNAL_ERROR);
      return responses.error(
          ErrorCode.INTERNAL_ERROR, "The simulator failed on this request: " + e);
    }
  }

  /**
   * The engine's {@code answer}, sent as late as the stub that asked for it says ({@code asked}'s
   * delays).
   */
  private static ResponseDefinition withDelayOf(
      ResponseDefinition asked, ResponseDefinition answer) {
    if (asked == null
        || asked.getFixedDelayMilliseconds() == null && asked.getDelayDistribution() == null) {
      return answer;
    }
    ResponseDefinitionBuilder delayed = ResponseDefinitionBuilder.like(answer);
    if (asked.getFixedDelayMilliseconds() != null) {
      delayed = delayed.withFixedDelay(asked.getFixedDelayMilliseconds());
    }
    if (asked.getDelayDistribution() != null) {
      delayed = delayed.withRandomDelay(asked.getDelayDistribution());
    }
    return delayed.build();
  }

  private ResponseDefinition dispatch(ProtocolCall call, WireResponses responses) {
    if (call instanceof ProtocolCall.Publish p) {
      return responses.publish(engine.publish(p.topic(), p.message()));
    }
    if (call instanceof ProtocolCall.Consume c) {
      CompletableFuture<ConsumeOutcome> pending = engine.consume(c.request());
      Optional<LongPollHandoff> handoff =
          pending.isDone() ? Optional.empty() : LongPollHandoff.current();
      if (handoff.isPresent()) {
        return handoff.get().hold(pending, c.request().waitTime(), responses::consume);
      }
      return responses.consume(await(pending, c.request().waitTime()));
    }
    ProtocolCall.Ack a = (ProtocolCall.Ack) call;
    return responses.ack(engine.ack(a.request()));
  }

  /**
   * Waits for a long poll in real time for at most its wait plus a grace period, so that a client
   * never hangs even when the engine runs on a virtual clock nobody advances; a poll cut off this
   * way answers "no message".
   */
  private static ConsumeOutcome await(CompletableFuture<ConsumeOutcome> pending, Duration wait) {
    try {
      return pending.get(wait.plus(LONG_POLL_GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (pending.cancel(false)) {
        return NoMessage.INSTANCE;
      }
      return pending.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pending.cancel(false);
      throw new IllegalStateException("interrupted while waiting for messages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the engine failed a consume", e.getCause());
    }
  }
}
