package io.mqharness.simulator.health;

import io.mqharness.simulator.MqSimulator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Reads {@link JvmFigures} from the platform MXBeans (memory pools, memory, threads, collectors,
 * runtime), the simulator's Jetty connector ({@link JettyConnections}) and its engine ({@code
 * storedMessages} of a snapshot).
 */
public final class JvmProbe {
  private final MqSimulator simulator;

  public JvmProbe(MqSimulator simulator) {
    this.simulator = simulator;
  }

  /**
   * The figures now; with {@code explicitGc}, after a {@code System.gc()} (a full collection with
   * G1, so {@code heapUsedAfterGcBytes} is the live set of this instant; it pauses the simulator
   * for some milliseconds).
   */
  public JvmFigures read(boolean explicitGc) {
    if (explicitGc) {
      System.gc();
    }
    long afterGc = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (usage != null) {
        afterGc += usage.getUsed();
      }
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long gcCount = 0;
    long gcTime = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcTime += Math.max(0, gc.getCollectionTime());
    }
    var threads = ManagementFactory.getThreadMXBean();
    return new JvmFigures(
        afterGc,
        heap.getUsed(),
        heap.getCommitted(),
        heap.getMax(),
        threads.getThreadCount(),
        threads.getPeakThreadCount(),
        JettyConnections.open(simulator.wireMock()),
        simulator.engine().snapshot().storedMessages(),
        gcCount,
        gcTime,
        ManagementFactory.getRuntimeMXBean().getUptime(),
        explicitGc);
  }
}
