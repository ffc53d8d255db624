package io.mqharness.protocol.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shared protocol test vectors, found through the {@code mq.vectors.dir} system property the build sets. */
public final class Vectors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  public static Path dir() {
    String configured = System.getProperty("mq.vectors.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "protocol", "vectors");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Test vectors not found at " + dir.toAbsolutePath() + "; set -Dmq.vectors.dir");
    }
    return dir;
  }

  public static byte[] body(String fileName) {
    try {
      return Files.readAllBytes(dir().resolve("bodies").resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String bodyText(String fileName) {
    return new String(body(fileName), StandardCharsets.UTF_8);
  }

  public static JsonNode json(String fileName) {
    try {
      return JSON.readTree(dir().resolve(fileName).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON object of strings as an insertion-ordered map. */
  public static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }
}
