package io.mqharness.mock;

import io.mqharness.mock.engine.EngineSettings;
import io.mqharness.mock.engine.TopicRef;
import java.util.List;
import java.util.Map;

/**
 * How to start a simulator. {@code port} 0 picks a free port; {@code virtualClock} makes time move only when
 * told to (tests); {@code journalEntries} caps WireMock's request journal (0 disables it).
 */
public record SimulatorOptions(
    int port,
    String bindAddress,
    Map<String, String> credentials,
    List<TopicRef> topics,
    EngineSettings engine,
    boolean virtualClock,
    int containerThreads,
    int journalEntries) {

  public static final String DEFAULT_ACCESS_KEY_ID = "harness-ak";
  public static final String DEFAULT_ACCESS_KEY_SECRET = "harness-sk";

  public SimulatorOptions {
    credentials = Map.copyOf(credentials);
    topics = List.copyOf(topics);
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
        1024,
        10_000);
  }

  public SimulatorOptions withPort(int p) {
    return new SimulatorOptions(p, bindAddress, credentials, topics, engine, virtualClock, containerThreads, journalEntries);
  }

  public SimulatorOptions withBindAddress(String a) {
    return new SimulatorOptions(port, a, credentials, topics, engine, virtualClock, containerThreads, journalEntries);
  }

  public SimulatorOptions withCredentials(Map<String, String> c) {
    return new SimulatorOptions(port, bindAddress, c, topics, engine, virtualClock, containerThreads, journalEntries);
  }

  public SimulatorOptions withTopics(List<TopicRef> t) {
    return new SimulatorOptions(port, bindAddress, credentials, t, engine, virtualClock, containerThreads, journalEntries);
  }

  public SimulatorOptions withEngine(EngineSettings e) {
    return new SimulatorOptions(port, bindAddress, credentials, topics, e, virtualClock, containerThreads, journalEntries);
  }

  public SimulatorOptions withVirtualClock(boolean v) {
    return new SimulatorOptions(port, bindAddress, credentials, topics, engine, v, containerThreads, journalEntries);
  }

  public SimulatorOptions withContainerThreads(int n) {
    return new SimulatorOptions(port, bindAddress, credentials, topics, engine, virtualClock, n, journalEntries);
  }

  public SimulatorOptions withJournalEntries(int n) {
    return new SimulatorOptions(port, bindAddress, credentials, topics, engine, virtualClock, containerThreads, n);
  }
}
