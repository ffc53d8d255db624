package io.mqharness.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.simulator.engine.SimulatorEngine;
import io.mqharness.simulator.engine.time.Clock;
import io.mqharness.simulator.engine.time.SystemClock;
import io.mqharness.simulator.engine.time.VirtualClock;
import io.mqharness.simulator.security.AdminAccess;
import io.mqharness.simulator.wiremock.CredentialStore;
import io.mqharness.simulator.wiremock.DateCheckClock;
import io.mqharness.simulator.wiremock.LongPollThreadPool;
import io.mqharness.simulator.wiremock.MqProtocolTransformer;
import io.mqharness.simulator.wiremock.RequestAuthenticator;
import io.mqharness.simulator.wiremock.SimulatorHttpServerFactory;
import io.mqharness.simulator.wiremock.WireCounters;
import io.mqharness.simulator.wiremock.admin.MqAdminExtension;
import io.mqharness.simulator.wiremock.faults.ShareMatcher;
import io.mqharness.simulator.wiremock.journal.SimulatorStores;
import java.time.Duration;
import java.util.Optional;

/**
 * A running simulator: a WireMock server whose lowest-priority catch-all stub answers from the
 * protocol engine. Every other WireMock feature (stubs of higher priority, the request journal,
 * {@code verify}, the admin API) works as usual on {@link #wireMock()}.
 */
public final class MqSimulator implements AutoCloseable {
  /**
   * The catch-all's priority; WireMock's default priority is 5, so any ordinary stub answers first.
   */
  public static final int ENGINE_STUB_PRIORITY = 1_000;

  /**
   * Connections the kernel may queue before Jetty accepts them (capped by {@code
   * net.core.somaxconn}). Jetty's default leaves the JDK's 50, and thousands of consumers
   * connecting at once then have their SYNs dropped and retried a second or more later.
   */
  static final int ACCEPT_QUEUE = 4_096;

  private final SimulatorOptions options;
  private final AdminAccess adminAccess;
  private final Clock clock;
  private final SimulatorEngine engine;
  private final CredentialStore credentials = new CredentialStore();
  private final WireCounters wireCounters = new WireCounters();
  private final DateCheckClock dateCheckClock = new DateCheckClock();
  private final WireMockServer wireMock;

  private MqSimulator(SimulatorOptions options, AdminAccess adminAccess) {
    this.options = options;
    this.adminAccess = adminAccess;
    this.clock =
        options.virtualClock()
            ? new VirtualClock(new SystemClock().nowMillis())
            : new SystemClock();
    this.engine = new SimulatorEngine(clock, options.engine());
    options.credentials().forEach(credentials::put);
    options.topics().forEach(engine::declareTopic);
    this.wireMock = new WireMockServer(wireMockOptions());
  }

  /**
   * Starts a simulator whose admin APIs are open on a loopback bind address and which refuses to
   * start on any other ({@link AdminAccess#loopbackOnly()}).
   *
   * @throws io.mqharness.simulator.security.AdminAccessRefused when {@code options} bind beyond
   *     loopback
   */
  public static MqSimulator start(SimulatorOptions options) {
    return start(options, AdminAccess.loopbackOnly());
  }

  /**
   * Starts a simulator whose admin APIs ({@code /__admin/...}, {@code /__admin/mq/...}) admit what
   * {@code adminAccess} says; the protocol's requests are checked by their signatures as always.
   *
   * @throws io.mqharness.simulator.security.AdminAccessRefused when it would bind beyond loopback
   *     with the admin APIs open and {@code adminAccess} is not open on purpose; nothing is started
   *     then
   */
  public static MqSimulator start(SimulatorOptions options, AdminAccess adminAccess) {
    MqSimulator simulator = new MqSimulator(options, adminAccess);
    simulator.wireMock.start();
    simulator.registerEngineStub();
    return simulator;
  }

  private WireMockConfiguration wireMockOptions() {
    var transformer =
        new MqProtocolTransformer(engine, new RequestAuthenticator(verifier()), wireCounters);
    WireMockConfiguration config =
        wireMockConfig()
            .port(options.port() == 0 ? Options.DYNAMIC_PORT : options.port())
            .bindAddress(options.bindAddress())
            .containerThreads(options.containerThreads())
            .threadPoolFactory(new LongPollThreadPool())
            .jettyAcceptors(1)
            .jettyAcceptQueueSize(ACCEPT_QUEUE)
            .jettyIdleTimeout(120_000L)
            .gzipDisabled(true)
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .stubRequestLoggingDisabled(true)
            .adminAuthenticator(adminAccess.authenticatorFor(options.bindAddress()))
            .extensions(
                transformer,
                new MqAdminExtension(this),
                new SimulatorHttpServerFactory(options.virtualClock()));
    config.extensions(
        new ShareMatcher()); // "mq-share": fault stubs that answer a share of the requests
    return options.journalEntries() == 0
        ? config.disableRequestJournal()
        : config.withStores(new SimulatorStores(config.filesRoot(), options.journalEntries()));
  }

  /**
   * Checks the Date against the wall clock, never the engine's (a virtual clock runs ahead by
   * design).
   */
  private SignatureVerifier verifier() {
    SignatureVerifier verifier = new SignatureVerifier(credentials::secretOf);
    return options.maxClockSkew().isZero()
        ? verifier
        : verifier.withSkewCheck(dateCheckClock, options.maxClockSkew());
  }

  private void registerEngineStub() {
    wireMock.stubFor(
        any(anyUrl())
            .atPriority(ENGINE_STUB_PRIORITY)
            .withName("mq-protocol-engine")
            .willReturn(aResponse().withTransformers(MqProtocolTransformer.NAME)));
  }

  /**
   * Forgets all messages, groups, counters, journal entries and user stubs, and puts the Date
   * check's clock back on the wall clock; keeps credentials and declared topics.
   */
  public void reset() {
    engine.reset();
    dateCheckClock.setOffset(Duration.ZERO);
    options.topics().forEach(engine::declareTopic);
    wireCounters.reset();
    wireMock.resetAll();
    registerEngineStub();
  }

  public String baseUrl() {
    return "http://" + host() + ":" + port();
  }

  public int port() {
    return wireMock.port();
  }

  private String host() {
    String bind = options.bindAddress();
    return bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
  }

  public SimulatorEngine engine() {
    return engine;
  }

  public Clock clock() {
    return clock;
  }

  /** The virtual clock, when the simulator was started with one. */
  public Optional<VirtualClock> virtualClock() {
    return clock instanceof VirtualClock v ? Optional.of(v) : Optional.empty();
  }

  /** The clock a request's Date is checked against; tests may move it off the wall clock. */
  public DateCheckClock dateCheckClock() {
    return dateCheckClock;
  }

  public CredentialStore credentials() {
    return credentials;
  }

  public WireCounters wireCounters() {
    return wireCounters;
  }

  public WireMockServer wireMock() {
    return wireMock;
  }

  public SimulatorOptions options() {
    return options;
  }

  public AdminAccess adminAccess() {
    return adminAccess;
  }

  @Override
  public void close() {
    wireMock.stop();
  }
}
