package io.mqharness.simulations.history;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * End-to-end latencies (publish to consume) in milliseconds, with HdrHistogram's percentiles. The
 * histograms of a scaled-out run's injectors travel as text ({@link #encoded()}: base64 of
 * HdrHistogram's compressed encoding) and add up ({@link #addEncoded}) before the run's percentiles
 * are read.
 */
public final class LatencyRecorder {
  private final ConcurrentHistogram histogram = new ConcurrentHistogram(3);

  public void record(long millis) {
    histogram.recordValue(Math.max(0, millis));
  }

  /** Everything recorded so far, as base64 of HdrHistogram's compressed encoding. */
  public String encoded() {
    Histogram copy = histogram.copy();
    ByteBuffer buffer = ByteBuffer.allocate(copy.getNeededByteBufferCapacity());
    int length = copy.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
  }

  /**
   * Adds the latencies of another recorder, given as {@link #encoded()} wrote them.
   *
   * @throws IllegalArgumentException when {@code encoded} is not base64 of a compressed
   *     HdrHistogram
   */
  public void addEncoded(String encoded) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
      histogram.add(Histogram.decodeFromCompressedByteBuffer(buffer, 0));
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not an encoded HdrHistogram: " + e.getMessage(), e);
    }
  }

  /** {@code e2e.p50Ms} and friends; empty when nothing was recorded. */
  public Map<String, Number> metrics(String prefix) {
    Map<String, Number> out = new LinkedHashMap<>();
    if (histogram.getTotalCount() == 0) {
      return out;
    }
    out.put(prefix + ".p50Ms", histogram.getValueAtPercentile(50));
    out.put(prefix + ".p90Ms", histogram.getValueAtPercentile(90));
    out.put(prefix + ".p99Ms", histogram.getValueAtPercentile(99));
    out.put(prefix + ".maxMs", histogram.getMaxValue());
    out.put(prefix + ".samples", histogram.getTotalCount());
    return out;
  }
}
