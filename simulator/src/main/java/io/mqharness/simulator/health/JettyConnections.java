package io.mqharness.simulator.health;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How many HTTP connections a simulator's Jetty connector holds open now ({@link
 * ServerConnector#getConnectedEndPoints()}). WireMock keeps its Jetty server to itself: the
 * connector is reached through WireMock 3's fields ({@code WireMockServer.httpServer}, then {@code
 * JettyHttpServer.httpConnector}); if a WireMock release renames them the count reads -1 ("not
 * told") rather than failing the admin call.
 */
final class JettyConnections {
  private JettyConnections() {}

  /** Open connections on the HTTP port, or -1 when the connector cannot be reached. */
  static int open(WireMockServer server) {
    try {
      Object httpServer = field(server, "httpServer");
      Object connector = httpServer == null ? null : field(httpServer, "httpConnector");
      return connector instanceof ServerConnector jetty ? jetty.getConnectedEndPoints().size() : -1;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }
}
