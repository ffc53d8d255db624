package io.mqharness.mock.bench;

import io.mqharness.mock.engine.BrokerEngine;
import io.mqharness.mock.engine.EngineSettings;
import io.mqharness.mock.engine.PublishOutcome.Published;
import io.mqharness.mock.engine.TopicRef;
import io.mqharness.mock.engine.time.SystemClock;
import io.mqharness.protocol.model.PublishRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Run in its own JVM (the bench gives it -Xmx1g): publishes N messages with distinct bodies into one topic
 * of an in-process engine, none consumed, and prints the heap in use after a full GC, before and after.
 * Usage: {@code MemoryProbe MESSAGES BODY_LENGTH}.
 */
public final class MemoryProbe {
  static final String RESULT = "MEMORY";

  private MemoryProbe() {}

  public static void main(String[] args) {
    int messages = Integer.parseInt(args[0]);
    int bodyLength = Integer.parseInt(args[1]);
    BrokerEngine engine = new BrokerEngine(
        new SystemClock(), EngineSettings.defaults().withMaxStoredMessages(Math.max(messages, 2_000_000)));
    TopicRef topic = new TopicRef("", "MEMORY");
    long before = usedAfterGc();
    long start = System.nanoTime();
    for (int i = 0; i < messages; i++) {
      if (!(engine.publish(topic, new PublishRequest(ProtocolBodies.body("m" + i, bodyLength), null, null))
          instanceof Published)) {
        throw new IllegalStateException("publish " + i + " was refused");
      }
    }
    long publishNanos = System.nanoTime() - start;
    long after = usedAfterGc();
    long retained = engine.snapshot().storedMessages();
    System.out.printf("%s messages=%d retained=%d before=%d after=%d max=%d publishMillis=%d%n", RESULT, messages,
        retained, before, after, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
        publishNanos / 1_000_000);
    System.exit(0);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
