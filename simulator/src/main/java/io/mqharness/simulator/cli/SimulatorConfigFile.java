package io.mqharness.simulator.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqharness.simulator.engine.TopicRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code --config} file, JSON. Every field is optional; command-line options add to or override
 * it:
 *
 * <pre>{"credentials": {"AK": "SK"}, "topics": [{"instanceId": "I1", "topic": "T1"}],
 *  "strict": true, "timeScale": 10, "maxStoredMessages": 1000000, "retention": "3d"}</pre>
 *
 * <p>{@code retention} takes the forms of {@code --retention} ({@link DurationText}).
 */
record SimulatorConfigFile(
    Map<String, String> credentials,
    List<TopicRef> topics,
    Boolean strict,
    Double timeScale,
    Long maxStoredMessages,
    String retention) {

  static SimulatorConfigFile read(Path file) throws IOException {
    return new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .readValue(file.toFile(), SimulatorConfigFile.class);
  }
}
