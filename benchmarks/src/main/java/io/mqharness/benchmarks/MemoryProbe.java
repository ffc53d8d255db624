package io.mqharness.benchmarks;

import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import io.mqharness.simulator.engine.SimulatorEngine;
import io.mqharness.simulator.engine.TopicRef;
import io.mqharness.simulator.engine.time.SystemClock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Run in its own JVM (the bench gives it -Xmx1g): publishes N messages with distinct bodies into
 * one topic of an in-process engine, none consumed, and prints the heap in use after a full GC,
 * before and after. Usage: {@code MemoryProbe MESSAGES BODY_LENGTH}.
 */
public final class MemoryProbe {
  static final String RESULT = "MEMORY";

  /** The body length the bench stores, bytes (ASCII). */
  static final int BODY_LENGTH = 100;

  private MemoryProbe() {}

  /**
   * Usage: {@code MemoryProbe MESSAGES BODY_LENGTH}; prints one {@value #RESULT} line and exits 0.
   */
  public static void main(String[] args) {
    MemoryResult m = measure(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    System.out.printf(
        "%s messages=%d retained=%d before=%d after=%d max=%d publishMillis=%d%n",
        RESULT,
        m.messages(),
        m.retained(),
        m.beforeBytes(),
        m.afterBytes(),
        m.maxBytes(),
        m.publishMillis());
    System.exit(0);
  }

  /**
   * Stores {@code messages} distinct bodies of {@code bodyLength} ASCII characters in a fresh
   * in-process engine and measures the heap after a full GC before and after (bytes); meaningful
   * only in a JVM of its own.
   *
   * @throws IllegalStateException when the engine refuses a publish
   */
  static MemoryResult measure(int messages, int bodyLength) {
    SimulatorEngine engine =
        new SimulatorEngine(
            new SystemClock(),
            EngineSettings.defaults().withMaxStoredMessages(Math.max(messages, 2_000_000)));
    TopicRef topic = new TopicRef("", "MEMORY");
    long before = usedAfterGc();
    long start = System.nanoTime();
    for (int i = 0; i < messages; i++) {
      if (!(engine.publish(
              topic, new PublishRequest(Publisher.body("m" + i, bodyLength), null, null))
          instanceof Published)) {
        throw new IllegalStateException("publish " + i + " was refused");
      }
    }
    long publishNanos = System.nanoTime() - start;
    long after = usedAfterGc();
    long retained = engine.snapshot().storedMessages();
    return new MemoryResult(
        messages,
        retained,
        before,
        after,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
        publishNanos / 1_000_000);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
