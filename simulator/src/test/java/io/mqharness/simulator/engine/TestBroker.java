package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import io.mqharness.simulator.engine.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** An engine on a virtual clock with short names for the protocol's calls; one per test. */
final class TestBroker {
  static final long T0 = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
  static final TopicRef TOPIC = new TopicRef("MQ_INST_1", "orders");

  final VirtualClock clock = new VirtualClock(T0);
  final SimulatorEngine engine;

  TestBroker() {
    this(EngineSettings.defaults());
  }

  TestBroker(EngineSettings settings) {
    engine = new SimulatorEngine(clock, settings);
  }

  static PublishRequest message(String body) {
    return new PublishRequest(body, null, MessageProperties.empty());
  }

  static PublishRequest tagged(String body, String tag) {
    return new PublishRequest(body, tag, MessageProperties.empty());
  }

  static PublishRequest withProperties(String body, Map<String, String> properties) {
    return new PublishRequest(body, null, MessageProperties.of(properties));
  }

  static PublishRequest half(String body, int checkImmunitySeconds) {
    return withProperties(
        body,
        Map.of(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, String.valueOf(checkImmunitySeconds)));
  }

  static PublishRequest sharded(String body, String shardingKey) {
    return withProperties(body, Map.of(MessageProperties.SHARDING_KEY, shardingKey));
  }

  static PublishRequest timer(String body, long startDeliverTime) {
    return withProperties(
        body, Map.of(MessageProperties.START_DELIVER_TIME, String.valueOf(startDeliverTime)));
  }

  Published publish(PublishRequest message) {
    return (Published) engine.publish(TOPIC, message);
  }

  Published publish(String body) {
    return publish(message(body));
  }

  PublishOutcome tryPublish(PublishRequest message) {
    return engine.publish(TOPIC, message);
  }

  List<ConsumedMessage> consume(String group) {
    return consume(group, 16, TagFilter.any(), ConsumeMode.NORMAL);
  }

  List<ConsumedMessage> consume(String group, int numOfMessages) {
    return consume(group, numOfMessages, TagFilter.any(), ConsumeMode.NORMAL);
  }

  List<ConsumedMessage> consumeTagged(String group, String tagExpression) {
    return consume(group, 16, TagFilter.parse(tagExpression), ConsumeMode.NORMAL);
  }

  List<ConsumedMessage> consumeOrdered(String group, int numOfMessages) {
    return consume(group, numOfMessages, TagFilter.any(), ConsumeMode.ORDERED);
  }

  List<ConsumedMessage> pop(String group, int numOfMessages) {
    return consume(group, numOfMessages, TagFilter.any(), ConsumeMode.HALF);
  }

  List<ConsumedMessage> consume(
      String group, int numOfMessages, TagFilter filter, ConsumeMode mode) {
    ConsumeOutcome outcome =
        engine
            .consume(new ConsumeRequest(TOPIC, group, numOfMessages, Duration.ZERO, filter, mode))
            .join();
    return outcome instanceof Delivered d ? d.messages() : List.of();
  }

  CompletableFuture<ConsumeOutcome> longPoll(String group, ConsumeMode mode, int waitSeconds) {
    return engine.consume(
        new ConsumeRequest(
            TOPIC, group, 16, Duration.ofSeconds(waitSeconds), TagFilter.any(), mode));
  }

  AckOutcome ack(String group, String... handles) {
    return engine.ack(new AckRequest(TOPIC, group, Arrays.asList(handles), AckMode.ACK));
  }

  AckOutcome ack(String group, List<ConsumedMessage> deliveries) {
    return ack(
        group, deliveries.stream().map(ConsumedMessage::receiptHandle).toArray(String[]::new));
  }

  AckOutcome commit(String group, String handle) {
    return engine.ack(new AckRequest(TOPIC, group, List.of(handle), AckMode.COMMIT));
  }

  AckOutcome rollback(String group, String handle) {
    return engine.ack(new AckRequest(TOPIC, group, List.of(handle), AckMode.ROLLBACK));
  }

  void advance(Duration step) {
    clock.advance(step);
  }

  void advanceSeconds(long seconds) {
    clock.advance(Duration.ofSeconds(seconds));
  }

  long now() {
    return clock.nowMillis();
  }

  static List<String> bodies(List<ConsumedMessage> deliveries) {
    return deliveries.stream().map(ConsumedMessage::body).toList();
  }
}
