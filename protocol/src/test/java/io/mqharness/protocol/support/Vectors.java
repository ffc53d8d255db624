package io.mqharness.protocol.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol test vectors, read from the test classpath ({@code src/test/resources/vectors};
 * where each one comes from is in {@code SOURCES.md} there and in each JSON file's {@code source}
 * field).
 */
public final class Vectors {
  private static final String ROOT = "/vectors/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Vectors() {}

  public static byte[] body(String fileName) {
    return bytes("bodies/" + fileName);
  }

  public static String bodyText(String fileName) {
    return new String(body(fileName), StandardCharsets.UTF_8);
  }

  public static JsonNode json(String fileName) {
    try {
      return JSON.readTree(bytes(fileName));
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

  private static byte[] bytes(String path) {
    try (InputStream in = Vectors.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("Test vector not found on the classpath: " + ROOT + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
