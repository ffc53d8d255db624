package io.mqharness.simulator.health;

/**
 * The simulator's process at one instant, for soak runs: what {@code GET /__admin/mq/jvm} (and
 * {@code POST /__admin/mq/jvm/gc}, after an explicit {@code System.gc()}) answer.
 *
 * @param heapUsedAfterGcBytes heap in use just after the latest collection, summed over the heap's
 *     memory pools (their collection usage, {@link
 *     java.lang.management.MemoryPoolMXBean#getCollectionUsage()}): the live set as of that
 *     collection, bytes
 * @param heapUsedBytes heap in use now, garbage included, bytes
 * @param heapCommittedBytes heap the JVM holds from the OS, bytes
 * @param heapMaxBytes the heap's limit ({@code -Xmx}), bytes; -1 when the JVM has none
 * @param liveThreads threads alive now (daemon ones included)
 * @param peakThreads most threads alive at once since the JVM started
 * @param openConnections HTTP connections open on the simulator's port now (Jetty's connected end
 *     points); -1 when the server does not tell
 * @param storedMessages messages the engine holds (published, not yet acked by every group, half
 *     messages included)
 * @param gcCount collections since the JVM started, all collectors
 * @param gcTimeMillis time spent in them, ms
 * @param uptimeMillis time since the JVM started, ms
 * @param explicitGc true when this answer ran {@code System.gc()} first ({@code POST
 *     /__admin/mq/jvm/gc})
 */
public record JvmFigures(
    long heapUsedAfterGcBytes,
    long heapUsedBytes,
    long heapCommittedBytes,
    long heapMaxBytes,
    int liveThreads,
    int peakThreads,
    int openConnections,
    long storedMessages,
    long gcCount,
    long gcTimeMillis,
    long uptimeMillis,
    boolean explicitGc) {}
