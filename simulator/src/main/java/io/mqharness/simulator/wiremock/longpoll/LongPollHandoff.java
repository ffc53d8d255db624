package io.mqharness.simulator.wiremock.longpoll;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqharness.simulator.engine.ConsumeOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Hands a consume that has to wait from the engine stub (inside WireMock) to {@link LongPollFilter}
 * (around WireMock), on the request's own thread. The filter opens one for each request that may be
 * a consume; when the engine answers "later", the stub {@link #hold}s the pending answer here and
 * gives WireMock {@link #PLACEHOLDER} instead, which the filter keeps from the client. The filter
 * then answers the request asynchronously, and the request thread goes back to the pool.
 */
public final class LongPollHandoff {
  /**
   * The header of the placeholder answer; WireMock's journal shows it for a consume that waited.
   */
  public static final String HELD_HEADER = "x-mq-simulator-long-poll";

  /**
   * What WireMock sees as the answer of a held consume (status 200, no body, {@link #HELD_HEADER}:
   * held).
   */
  public static final ResponseDefinition PLACEHOLDER =
      aResponse().withStatus(200).withHeader(HELD_HEADER, "held").build();

  private static final ThreadLocal<LongPollHandoff> OPEN = new ThreadLocal<>();

  private HeldPoll held;

  private LongPollHandoff() {}

  /**
   * The handoff the filter opened on this thread, if any (none outside a request, or when the
   * filter is absent).
   */
  public static Optional<LongPollHandoff> current() {
    return Optional.ofNullable(OPEN.get());
  }

  static LongPollHandoff open() {
    LongPollHandoff handoff = new LongPollHandoff();
    OPEN.set(handoff);
    return handoff;
  }

  void close() {
    OPEN.remove();
  }

  /**
   * Takes over a consume whose answer is not ready: {@code pending} completes when the engine hands
   * it messages or its wait ends; {@code wait} is its {@code waitseconds}, after which (plus a
   * grace period, in real time) the filter withdraws it; {@code render} turns the outcome into the
   * answer. Returns the placeholder to give WireMock.
   */
  public ResponseDefinition hold(
      CompletableFuture<ConsumeOutcome> pending,
      Duration wait,
      Function<ConsumeOutcome, ResponseDefinition> render) {
    if (held != null) {
      throw new IllegalStateException("this request already holds a long poll");
    }
    held = new HeldPoll(pending, wait, render);
    return PLACEHOLDER;
  }

  boolean holding() {
    return held != null;
  }

  HeldPoll held() {
    return held;
  }

  /** A consume waiting for its answer. */
  record HeldPoll(
      CompletableFuture<ConsumeOutcome> pending,
      Duration waitTime,
      Function<ConsumeOutcome, ResponseDefinition> render) {}
}
