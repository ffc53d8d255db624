package io.mqharness.simulator.wiremock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.mqharness.simulator.wiremock.longpoll.LongPollFilter;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with {@link ProtocolErrorPages} for the requests that fail inside
 * Jetty or WireMock, and {@link LongPollFilter} in front of WireMock's servlet, so that a waiting
 * consumer holds no request thread.
 */
public final class SimulatorHttpServerFactory implements HttpServerFactory {
  private final boolean virtualClock;

  /**
   * {@code virtualClock}: the engine's clock may not move, so held polls get a real-time grace
   * timer.
   */
  public SimulatorHttpServerFactory(boolean virtualClock) {
    this.virtualClock = virtualClock;
  }

  @Override
  public String getName() {
    return "mq-simulator-http-server";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options,
      AdminRequestHandler adminRequestHandler,
      StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options opts) {
        super.applyAdditionalServerConfiguration(server, opts);
        server.setErrorHandler(new ProtocolErrorPages());
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new ProtocolErrorPages());
        FilterHolder longPolls =
            new FilterHolder(
                new LongPollFilter(
                    virtualClock
                        ? Optional.of(MqProtocolTransformer.LONG_POLL_GRACE)
                        : Optional.empty()));
        longPolls.setAsyncSupported(true);
        context.addFilter(longPolls, "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }
}
