package io.mqharness.simulator.wiremock.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON in and out of the admin routes; a bad body is a 400 with a message, never an exception. */
final class AdminJson {
  // Durations (the engine settings) are written as ISO-8601 text, e.g. "PT5M".
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, false)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private AdminJson() {}

  static ResponseDefinition ok(Object value) {
    return respond(200, value);
  }

  static ResponseDefinition error(int status, String message) {
    return respond(status, Map.of("error", message));
  }

  static <T> T read(byte[] body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (IOException e) {
      throw new BadAdminRequest("The body is not the JSON this route takes: " + e.getMessage());
    }
  }

  private static ResponseDefinition respond(int status, Object value) {
    try {
      return new ResponseDefinitionBuilder()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withBody(
              new String(
                  MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value),
                  StandardCharsets.UTF_8))
          .build();
    } catch (IOException e) {
      throw new IllegalStateException("cannot render admin JSON", e);
    }
  }

  static final class BadAdminRequest extends RuntimeException {
    BadAdminRequest(String message) {
      super(message);
    }
  }
}
