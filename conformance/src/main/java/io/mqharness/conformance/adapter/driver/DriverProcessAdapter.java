package io.mqharness.conformance.adapter.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.CallTimeouts;
import io.mqharness.conformance.adapter.Capability;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.Endpoint;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A client in any language, run as a driver process that speaks conformance/DRIVER.md. The process
 * starts on first use with {@code hello}; after a timeout or an exit it is gone, and the next call
 * starts a new one and re-sends {@code connect}. Each answer is awaited until the cut-off of {@link
 * CallTimeouts} (DRIVER.md §5); {@code connect} tells the driver the client deadline.
 */
public final class DriverProcessAdapter implements MqClientAdapter {
  private final DriverCommand command;
  private final CallTimeouts deadlines;
  private DriverConnection connection;
  private DriverHello hello;
  private Endpoint endpoint;

  /**
   * {@code deadlines}: when to give up on each answer, and the client deadline {@code connect}
   * passes on.
   */
  public DriverProcessAdapter(DriverCommand command, CallTimeouts deadlines) {
    this.command = Objects.requireNonNull(command, "command");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
  }

  public DriverProcessAdapter(DriverCommand command) {
    this(command, CallTimeouts.fromSystemProperties());
  }

  @Override
  public String name() {
    return command.name();
  }

  /** How this client's driver is started. */
  public DriverCommand command() {
    return command;
  }

  @Override
  public synchronized Set<Capability> capabilities() {
    live();
    return hello.capabilities();
  }

  /**
   * The name the driver gave itself in its last {@code hello} answer (expectations files may name a
   * client by it); empty before the first one. Never starts a driver.
   */
  public synchronized java.util.Optional<String> driverName() {
    return java.util.Optional.ofNullable(hello).map(DriverHello::name);
  }

  /** The SDK name and version the driver reported, e.g. {@code @aliyunmq/mq-http-sdk 1.0.4}. */
  public synchronized String sdk() {
    live();
    return hello.sdk() + " " + hello.sdkVersion();
  }

  @Override
  public synchronized void connect(Endpoint e) {
    endpoint = Objects.requireNonNull(e, "endpoint");
    boolean fresh = connection == null || connection.isDead();
    DriverConnection live = live();
    if (!fresh) {
      live.call("connect", DriverRequests.connect(e, deadlines), deadlines.cutOff());
    }
  }

  @Override
  public PublishResult publish(PublishCommand c) {
    return DriverAnswers.published(call("publish", DriverRequests.publish(c), deadlines.cutOff()));
  }

  @Override
  public List<ReceivedMessage> consume(ConsumeCommand c) {
    return DriverAnswers.messages(
        call("consume", DriverRequests.consume(c), deadlines.cutOff(c.waitSeconds())));
  }

  @Override
  public void ack(AckCommand c) {
    call("ack", DriverRequests.handles(c), deadlines.cutOff());
  }

  @Override
  public List<ReceivedMessage> consumeHalf(ConsumeCommand c) {
    return DriverAnswers.messages(
        call("consumeHalf", DriverRequests.consume(c), deadlines.cutOff(c.waitSeconds())));
  }

  @Override
  public void commit(AckCommand c) {
    call("commit", DriverRequests.handles(c), deadlines.cutOff());
  }

  @Override
  public void rollback(AckCommand c) {
    call("rollback", DriverRequests.handles(c), deadlines.cutOff());
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private synchronized JsonNode call(String op, ObjectNode params, Duration limit) {
    return live().call(op, params, limit);
  }

  /**
   * The running driver, started (hello, then connect when an endpoint is known) if there is none.
   */
  private DriverConnection live() {
    if (connection != null && !connection.isDead()) {
      return connection;
    }
    DriverConnection started = DriverConnection.open(command);
    try {
      hello = DriverAnswers.hello(started.call("hello", DriverRequests.none(), deadlines.cutOff()));
      if (endpoint != null) {
        started.call("connect", DriverRequests.connect(endpoint, deadlines), deadlines.cutOff());
      }
    } catch (ClientFailure f) {
      started.close();
      throw f;
    }
    connection = started;
    return connection;
  }

  @Override
  public String toString() {
    return "DriverProcessAdapter[" + command.name() + "]";
  }
}
