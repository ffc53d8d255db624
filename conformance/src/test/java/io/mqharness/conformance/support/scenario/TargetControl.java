package io.mqharness.conformance.support.scenario;

import io.mqharness.conformance.adapter.ClientRegistry;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.fault.FaultInjection;
import io.mqharness.conformance.support.journal.RequestJournal;
import io.mqharness.conformance.support.targeting.ConformanceTarget;
import io.mqharness.simulator.targeting.TargetKey;
import io.mqharness.simulator.targeting.TargetKind;
import io.mqharness.simulator.targeting.TopicKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The target as one scenario run sees it: its names (unique per run on a simulator, the configured
 * ones on a real instance), its clock, and on a simulator the fault stubs and the request journal.
 */
public final class TargetControl {
  private final ConformanceTarget target;
  private final String runId;
  private final FaultInjection faults;
  private final RequestJournal journal;
  private final List<MqClientAdapter> extraClients = new ArrayList<>();
  private boolean dateCheckMoved;

  TargetControl(ConformanceTarget target, String runId) {
    this.target = target;
    this.runId = runId;
    this.faults = target.wireMock().map(FaultInjection::new).orElse(null);
    this.journal = target.wireMock().map(RequestJournal::new).orElse(null);
  }

  public TargetKind kind() {
    return target.kind();
  }

  public String instanceId() {
    return target.instanceId();
  }

  /**
   * A topic of this kind: unique to this run on a simulator, the configured one on a real instance.
   */
  public TestTopic topic(TopicKind kind) {
    Optional<String> configured = target.settings().topic(kind);
    if (target.kind().isSimulator() && configured.isEmpty()) {
      return new TestTopic(instanceId(), "T_" + runId + "_" + kind.name().charAt(0));
    }
    Assumptions.assumeTrue(configured.isPresent(), kind.key().property() + " is not configured");
    return new TestTopic(instanceId(), configured.get());
  }

  public TestTopic topic() {
    return topic(TopicKind.NORMAL);
  }

  /** The scenario's consumer group. */
  public String group() {
    return group("A", target.settings().primaryGroup(), TargetKey.GROUP_PRIMARY);
  }

  /** A second, independent group. */
  public String otherGroup() {
    return group("B", target.settings().secondaryGroup(), TargetKey.GROUP_SECONDARY);
  }

  /** Unique text for bodies and tags of this run. */
  public String unique(String what) {
    return what + "-" + runId;
  }

  public long nowMillis() {
    return target.clock().nowMillis();
  }

  /**
   * Puts the clock the service checks request Dates against {@code offset} away from the wall clock
   * (positive: the service is ahead, so the client looks behind), until the scenario ends; needs
   * {@link TargetFeature#DATE_CHECK_OFFSET}.
   */
  public void offsetServiceDateCheck(Duration offset) {
    dateCheckMoved = true;
    target.setDateCheckOffset(offset);
  }

  /** Lets protocol time pass: instantly on a virtual clock, by waiting on a real instance. */
  public void advance(Duration duration) {
    target.clock().advance(duration);
  }

  public FaultInjection faults() {
    return Optional.ofNullable(faults)
        .orElseThrow(() -> new IllegalStateException("no fault injection on " + target));
  }

  public RequestJournal journal() {
    return Optional.ofNullable(journal)
        .orElseThrow(() -> new IllegalStateException("no request journal on " + target));
  }

  /** Endpoint and credentials the clients connect with. */
  public io.mqharness.conformance.adapter.Endpoint endpoint() {
    return target.endpoint();
  }

  /**
   * A second connection of the same client (driver processes answer one call at a time), e.g. to
   * publish while a long poll waits; closed after the scenario.
   */
  public MqClientAdapter secondConnection(MqClientAdapter client) {
    MqClientAdapter second = ClientRegistry.create(client.name());
    extraClients.add(second);
    second.connect(target.endpoint());
    return second;
  }

  void cleanUp() {
    if (dateCheckMoved) {
      target.setDateCheckOffset(Duration.ZERO);
    }
    extraClients.forEach(MqClientAdapter::close);
    if (faults != null) {
      faults.removeAll();
    }
  }

  private String group(String role, Optional<String> configured, TargetKey key) {
    if (configured.isPresent()) {
      return configured.get();
    }
    Assumptions.assumeTrue(target.kind().isSimulator(), key.property() + " is not configured");
    return "GID_" + runId + "_" + role;
  }
}
