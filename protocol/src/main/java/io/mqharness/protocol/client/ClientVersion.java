package io.mqharness.protocol.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, filtered into {@code reference-client.properties} by the build. */
final class ClientVersion {
  static final String VERSION = load();

  private ClientVersion() {}

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("reference-client.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
