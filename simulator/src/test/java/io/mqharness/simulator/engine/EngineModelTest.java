package io.mqharness.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.properties.MessageProperties;
import io.mqharness.simulator.engine.AckOutcome.AllAcked;
import io.mqharness.simulator.engine.AckOutcome.PartiallyFailed;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model-based test: random sequences of publishes, consumes, half pops, acks, commits, rollbacks
 * and clock advances, checked step by step against {@link EngineModel}; at the end every group
 * drains the topic and must get exactly the messages it still needs. The retention is short (15
 * minutes) so that messages expire in many sequences. Each sequence comes from a numbered seed, so
 * a failure names the seed and the actions that reproduce it ({@code -Dengine.model.seeds=N} runs
 * more sequences).
 */
class EngineModelTest {
  private static final int SEEDS = Integer.getInteger("engine.model.seeds", 300);
  private static final List<String> GROUPS = List.of("GID_1", "GID_2", "GID_3");
  private static final Duration RETENTION = Duration.ofMinutes(15);

  sealed interface Action {}

  record Publish(String kind, String tag, String partition, int seconds) implements Action {}

  record Consume(String group, ConsumeMode mode, int numOfMessages, String filter)
      implements Action {}

  record Pop(int numOfMessages) implements Action {}

  record Ack(String group, String which, int index) implements Action {}

  record Decide(boolean commit, int index) implements Action {}

  record Advance(int seconds) implements Action {}

  private record Issued(String handle, String group, String messageId) {}

  private record HalfHandle(String handle, String messageId, boolean fromPublish) {}

  @TestFactory
  Stream<DynamicTest> theEngineKeepsTheProtocolsPromises() {
    return LongStream.range(0, SEEDS)
        .mapToObj(
            seed ->
                DynamicTest.dynamicTest(
                    "seed " + seed,
                    () -> {
                      List<Action> actions = actions(new Random(seed));
                      try {
                        run(actions);
                      } catch (AssertionError e) {
                        throw new AssertionError(
                            "seed " + seed + " failed; actions: " + actions, e);
                      }
                    }));
  }

  private static void run(List<Action> actions) {
    TestBroker broker = new TestBroker(EngineSettings.defaults().withRetention(RETENTION));
    EngineModel model = new EngineModel(RETENTION.toMillis());
    List<Issued> consumeHandles = new ArrayList<>();
    List<HalfHandle> halfHandles = new ArrayList<>();

    for (Action action : actions) {
      long now = broker.now();
      if (action instanceof Publish p) {
        publish(broker, model, halfHandles, p, now);
      } else if (action instanceof Consume c) {
        consume(broker, model, consumeHandles, c, now);
      } else if (action instanceof Pop p) {
        broker
            .pop("GID_CHECKER", p.numOfMessages())
            .forEach(
                d -> {
                  model.popped(d, now);
                  halfHandles.add(new HalfHandle(d.receiptHandle(), d.messageId(), false));
                });
      } else if (action instanceof Ack a) {
        ack(broker, model, consumeHandles, a, now);
      } else if (action instanceof Decide d) {
        decide(broker, model, consumeHandles, halfHandles, d, now);
      } else if (action instanceof Advance a) {
        broker.advanceSeconds(a.seconds());
      }
    }
    drainEveryGroup(broker, model);
  }

  private static void publish(
      TestBroker broker, EngineModel model, List<HalfHandle> halfHandles, Publish p, long now) {
    Map<String, String> props = new LinkedHashMap<>();
    if (!p.partition().isEmpty()) {
      props.put(MessageProperties.SHARDING_KEY, p.partition());
    }
    long deliverAt = now;
    long immuneUntil = 0;
    switch (p.kind()) {
      case "timer" -> {
        deliverAt = now + p.seconds() * 1000L;
        props.put(MessageProperties.START_DELIVER_TIME, String.valueOf(deliverAt));
      }
      case "half" -> {
        immuneUntil = now + p.seconds() * 1000L;
        props.put(MessageProperties.TRANS_CHECK_IMMUNITY_TIME, String.valueOf(p.seconds()));
      }
      default -> {}
    }
    String tag = p.tag().isEmpty() ? null : p.tag();
    Published published =
        broker.publish(new PublishRequest("body", tag, MessageProperties.of(props)));
    boolean half = p.kind().equals("half");
    model.published(
        new EngineModel.Message(
            published.response().messageId(),
            tag,
            p.partition(),
            now,
            deliverAt,
            immuneUntil,
            half ? EngineModel.Kind.HALF : EngineModel.Kind.NORMAL));
    assertThat(published.response().receiptHandle() != null).isEqualTo(half);
    if (published.response().receiptHandle() != null) {
      halfHandles.add(
          new HalfHandle(
              published.response().receiptHandle(), published.response().messageId(), true));
    }
  }

  private static void consume(
      TestBroker broker, EngineModel model, List<Issued> handles, Consume c, long now) {
    model.groupUsed(c.group());
    TagFilter filter = TagFilter.parse(c.filter());
    Set<String> busyBefore = new HashSet<>();
    for (String partition : List.of("", "k1", "k2")) {
      if (model.partitionInFlight(c.group(), partition, now)) {
        busyBefore.add(partition);
      }
    }
    List<ConsumedMessage> got = broker.consume(c.group(), c.numOfMessages(), filter, c.mode());
    assertThat(got.size()).isLessThanOrEqualTo(c.numOfMessages());
    assertThat(got.stream().map(ConsumedMessage::messageId).distinct().count())
        .isEqualTo(got.size());
    for (ConsumedMessage d : got) {
      if (c.mode() == ConsumeMode.ORDERED) {
        assertThat(busyBefore)
            .as("orderly consume waits for a partition's acks")
            .doesNotContain(model.messages.get(d.messageId()).partition);
      }
      model.delivered(c.group(), d, now, filter);
      handles.add(new Issued(d.receiptHandle(), c.group(), d.messageId()));
    }
  }

  private static void ack(
      TestBroker broker, EngineModel model, List<Issued> handles, Ack a, long now) {
    if (a.which().equals("garbage") || handles.isEmpty()) {
      assertThat(broker.ack(a.group(), "garbage-" + a.index())).isInstanceOf(PartiallyFailed.class);
      return;
    }
    Issued issued = handles.get(pick(a.index(), handles.size()));
    String group = a.which().equals("own") ? issued.group() : a.group();
    boolean valid = model.ackValid(group, issued.group(), issued.messageId(), issued.handle(), now);
    AckOutcome outcome = broker.ack(group, issued.handle());
    assertThat(outcome instanceof AllAcked).as("ack of %s by %s", issued, group).isEqualTo(valid);
    if (valid) {
      model.acked(group, issued.messageId());
    }
  }

  private static void decide(
      TestBroker broker,
      EngineModel model,
      List<Issued> consumeHandles,
      List<HalfHandle> halfHandles,
      Decide d,
      long now) {
    if (halfHandles.isEmpty() || d.index() % 7 == 0 && !consumeHandles.isEmpty()) {
      String consumeHandle =
          consumeHandles.isEmpty()
              ? "garbage"
              : consumeHandles.get(d.index() % consumeHandles.size()).handle();
      assertThat(broker.commit("GID_CHECKER", consumeHandle)).isInstanceOf(PartiallyFailed.class);
      return;
    }
    HalfHandle h = halfHandles.get(pick(d.index(), halfHandles.size()));
    boolean valid = model.decideValid(h.messageId(), h.handle(), h.fromPublish(), now);
    AckOutcome outcome =
        d.commit() ? broker.commit("", h.handle()) : broker.rollback("GID_ANY", h.handle());
    assertThat(outcome instanceof AllAcked)
        .as("%s of %s", d.commit() ? "commit" : "rollback", h)
        .isEqualTo(valid);
    if (valid && d.commit()) {
      model.committed(h.messageId(), now);
    } else if (valid) {
      model.rolledBack(h.messageId());
    }
  }

  // Half the time one of the three newest handles, which are the likeliest to be still valid.
  private static int pick(int index, int size) {
    return index % 2 == 0 ? Math.max(0, size - 1 - index % 3) : index % size;
  }

  /**
   * No message lost: after every invisibility and timer has run out, each group gets what it still
   * needs.
   */
  private static void drainEveryGroup(TestBroker broker, EngineModel model) {
    broker.advance(Duration.ofSeconds(400));
    for (String group : model.needs.keySet()) {
      Set<String> drained = new HashSet<>();
      for (List<ConsumedMessage> got = broker.consume(group);
          !got.isEmpty();
          got = broker.consume(group)) {
        long now = broker.now();
        got.forEach(d -> model.delivered(group, d, now, TagFilter.any()));
        got.forEach(d -> drained.add(d.messageId()));
        assertThat(broker.ack(group, got)).isEqualTo(AllAcked.INSTANCE);
      }
      assertThat(drained)
          .as("group %s gets every message it still needs", group)
          .isEqualTo(model.stillNeeded(group, broker.now()));
    }
  }

  /**
   * 10 to 60 actions, weighted: publish 5, consume 5, pop 2, ack 4, decide 3 (mostly right after a
   * pop), advance 3.
   */
  static List<Action> actions(Random random) {
    int size = 10 + random.nextInt(51);
    List<Action> actions = new ArrayList<>(size);
    while (actions.size() < size) {
      int roll = random.nextInt(22);
      if (roll < 5) {
        actions.add(
            new Publish(
                oneOf(random, "normal", "normal", "timer", "half"),
                oneOf(random, "", "A", "B"),
                oneOf(random, "", "k1", "k2"),
                10 + random.nextInt(111)));
      } else if (roll < 10) {
        actions.add(
            new Consume(
                oneOf(random, GROUPS.toArray(String[]::new)),
                random.nextBoolean() ? ConsumeMode.NORMAL : ConsumeMode.ORDERED,
                1 + random.nextInt(4),
                oneOf(random, "", "", "A", "A||B")));
      } else if (roll < 12) {
        actions.add(new Pop(1 + random.nextInt(3)));
        if (random.nextBoolean()) {
          actions.add(new Decide(random.nextInt(3) > 0, 0));
        }
      } else if (roll < 16) {
        actions.add(
            new Ack(
                oneOf(random, GROUPS.toArray(String[]::new)),
                oneOf(random, "own", "own", "own", "any", "garbage"),
                random.nextInt(1001)));
      } else if (roll < 19) {
        actions.add(new Decide(random.nextInt(3) > 0, random.nextInt(1001)));
      } else {
        actions.add(new Advance(oneOf(random, 1, 5, 10, 30, 60, 301)));
      }
    }
    return actions;
  }

  @SafeVarargs
  private static <T> T oneOf(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
