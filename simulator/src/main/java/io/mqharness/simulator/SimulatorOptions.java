package io.mqharness.simulator;

import io.mqharness.protocol.limits.ProtocolLimits;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.engine.TopicRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a simulator. {@code port} 0 picks a free port; {@code virtualClock} makes time move
 * only when told to (tests); {@code journalEntries} caps WireMock's request journal (default 1,000;
 * 0 disables it); {@code maxClockSkew} is how far a request's {@code Date} may be from the wall
 * clock before it is refused with 408 {@code TimeExpired} (15 minutes by default, as the service;
 * {@link Duration#ZERO} turns the check off).
 */
public record SimulatorOptions(
    int port,
    String bindAddress,
    Map<String, String> credentials,
    List<TopicRef> topics,
    EngineSettings engine,
    boolean virtualClock,
    int containerThreads,
    int journalEntries,
    Duration maxClockSkew) {

  public static final String DEFAULT_ACCESS_KEY_ID = "harness-ak";
  public static final String DEFAULT_ACCESS_KEY_SECRET = "harness-sk";

  public SimulatorOptions {
    credentials = Map.copyOf(credentials);
    topics = List.copyOf(topics);
    Objects.requireNonNull(maxClockSkew, "maxClockSkew");
    if (maxClockSkew.isNegative()) {
      throw new IllegalArgumentException("maxClockSkew must not be negative, got " + maxClockSkew);
    }
  }

  /** Loopback, a free port, the default credentials, lenient topics, the system clock. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        0,
        "127.0.0.1",
        Map.of(DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET),
        List.of(),
        EngineSettings.defaults(),
        false,
        64,
        1_000,
        ProtocolLimits.MAX_CLOCK_SKEW);
  }

  public SimulatorOptions withPort(int p) {
    return new SimulatorOptions(
        p,
        bindAddress,
        credentials,
        topics,
        engine,
        virtualClock,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withBindAddress(String a) {
    return new SimulatorOptions(
        port,
        a,
        credentials,
        topics,
        engine,
        virtualClock,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withCredentials(Map<String, String> c) {
    return new SimulatorOptions(
        port,
        bindAddress,
        c,
        topics,
        engine,
        virtualClock,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withTopics(List<TopicRef> t) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        t,
        engine,
        virtualClock,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withEngine(EngineSettings e) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        topics,
        e,
        virtualClock,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withVirtualClock(boolean v) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        topics,
        engine,
        v,
        containerThreads,
        journalEntries,
        maxClockSkew);
  }

  public SimulatorOptions withContainerThreads(int n) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        topics,
        engine,
        virtualClock,
        n,
        journalEntries,
        maxClockSkew);
  }

  /**
   * Shorthand for {@code withEngine(engine().withRetention(d))}: how long each message is kept for
   * its groups.
   */
  public SimulatorOptions withRetention(Duration d) {
    return withEngine(engine.withRetention(d));
  }

  public SimulatorOptions withJournalEntries(int n) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        topics,
        engine,
        virtualClock,
        containerThreads,
        n,
        maxClockSkew);
  }

  /** {@link Duration#ZERO}: no Date check at all. */
  public SimulatorOptions withMaxClockSkew(Duration skew) {
    return new SimulatorOptions(
        port,
        bindAddress,
        credentials,
        topics,
        engine,
        virtualClock,
        containerThreads,
        journalEntries,
        skew);
  }
}
