package io.mqharness.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link MemoryProbe} printed: heap in use after a full GC before and after storing the
 * messages.
 */
record MemoryResult(
    long messages,
    long retained,
    long beforeBytes,
    long afterBytes,
    long maxBytes,
    long publishMillis) {
  static MemoryResult parse(List<String> probeOutput) {
    String line =
        probeOutput.stream()
            .filter(l -> l.startsWith(MemoryProbe.RESULT + " "))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the memory probe printed no result: " + probeOutput));
    Map<String, Long> values = new HashMap<>();
    for (String pair : line.substring(MemoryProbe.RESULT.length() + 1).split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], Long.parseLong(kv[1]));
    }
    return new MemoryResult(
        values.get("messages"),
        values.get("retained"),
        values.get("before"),
        values.get("after"),
        values.get("max"),
        values.get("publishMillis"));
  }

  double usedMiB() {
    return afterBytes / (1024.0 * 1024.0);
  }

  double bytesPerMessage() {
    return (afterBytes - beforeBytes) / (double) messages;
  }
}
