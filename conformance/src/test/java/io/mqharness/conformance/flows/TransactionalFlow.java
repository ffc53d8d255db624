package io.mqharness.conformance.flows;

import io.mqharness.conformance.adapter.AckCommand;
import io.mqharness.conformance.adapter.ClientFailure;
import io.mqharness.conformance.adapter.ConsumeCommand;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.adapter.PublishCommand;
import io.mqharness.conformance.adapter.PublishResult;
import io.mqharness.conformance.adapter.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The transactional example flow of SPEC §6.6, as the SDKs' documented samples ({@code
 * TransProducer} and its likes) run it, through any client's adapter: publish 4 half messages
 * (property a=0..3, tag {@code a}, key {@code MessageKey}, check immunity 10 s) and commit a=0 with
 * its publish handle; then a checker pops half messages and commits a=1, commits a=2 only once
 * ConsumedTimes > 1, rolls back a=3, while a consumer of the same group consumes and acks. The
 * checker and the consumer each have an adapter of their own (a driver answers one call at a time,
 * and a long poll must not hold the other side up).
 *
 * @param instanceId the instance, {@code ""} for none
 * @param topic a topic no other flow uses
 * @param group the group id of the transactional producer and of the consumer
 * @param deadline how long the checker and the consumer may take after the publishes
 */
record TransactionalFlow(String instanceId, String topic, String group, Duration deadline) {
  private static final int HALF_MESSAGES = 4;
  private static final int CHECK_IMMUNITY_SECONDS = 10;
  private static final int BATCH = 3;
  private static final int WAIT_SECONDS = 3;

  /**
   * Runs the flow: {@code producer} publishes, checks and decides; {@code consumer} consumes and
   * acks. Both are connected. Never throws for what a client does: its failures are in the
   * outcome's {@code errors} (or {@code fatal} when publishing failed).
   */
  TransactionalFlowOutcome run(MqClientAdapter producer, MqClientAdapter consumer)
      throws InterruptedException {
    long started = System.nanoTime();
    Run run = new Run(producer, consumer, started + deadline.toNanos());
    String fatal = null;
    boolean done = false;
    try {
      run.publish();
      done = run.checkAndConsume();
    } catch (ClientFailure e) {
      fatal = "publish: " + describe(e);
    }
    return new TransactionalFlowOutcome(
        producer.name(),
        List.copyOf(run.received),
        List.copyOf(run.acked),
        Map.copyOf(run.checks),
        Map.copyOf(run.decisions),
        List.copyOf(run.errors),
        Map.copyOf(run.notFound),
        fatal == null && !done,
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        fatal);
  }

  private static String describe(ClientFailure e) {
    return e.kind()
        + " "
        + e.code()
        + ": "
        + e.getMessage()
        + (e.handleFailures().isEmpty() ? "" : " " + e.handleFailures());
  }

  /** One run's state, shared by the checker and the consumer thread. */
  private final class Run {
    final MqClientAdapter producer;
    final MqClientAdapter consumer;
    final long deadlineNanos;
    final List<String> received = Collections.synchronizedList(new ArrayList<>());
    final List<String> acked = Collections.synchronizedList(new ArrayList<>());
    final Map<String, List<Integer>> checks = new ConcurrentHashMap<>();
    final Map<String, String> decisions = new ConcurrentHashMap<>();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> notFound =
        new ConcurrentHashMap<>(Map.of("halfPop", 0, "consume", 0));

    Run(MqClientAdapter producer, MqClientAdapter consumer, long deadlineNanos) {
      this.producer = producer;
      this.consumer = consumer;
      this.deadlineNanos = deadlineNanos;
    }

    void publish() {
      for (int i = 0; i < HALF_MESSAGES; i++) {
        PublishResult published =
            producer.publish(
                PublishCommand.of(instanceId, topic, "trans_msg")
                    .withTag("a")
                    .withMessageKey("MessageKey")
                    .withProperties(Map.of("a", String.valueOf(i)))
                    .withTransCheckImmunitySeconds(CHECK_IMMUNITY_SECONDS));
        if (i == 0) {
          decide("0", "commit", published.receiptHandle());
        }
      }
    }

    /** The checker and the consumer side by side; true when both got what they wait for. */
    boolean checkAndConsume() throws InterruptedException {
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Future<?> checker = threads.submit(this::checkerLoop);
        Future<?> consuming = threads.submit(this::consumerLoop);
        checker.get();
        consuming.get();
        return consumerDone();
      } catch (java.util.concurrent.ExecutionException e) {
        errors.add("flow thread: " + e.getCause());
        return false;
      } finally {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
      }
    }

    void checkerLoop() {
      while (!checkerDone() && System.nanoTime() < deadlineNanos) {
        List<ReceivedMessage> half;
        try {
          half =
              producer.consumeHalf(
                  ConsumeCommand.of(instanceId, topic, group, BATCH, WAIT_SECONDS));
        } catch (ClientFailure e) {
          errors.add("consumeHalf: " + describe(e));
          pause();
          continue;
        }
        if (half.isEmpty()) {
          notFound.merge("halfPop", 1, Integer::sum);
          continue;
        }
        for (ReceivedMessage message : half) {
          String a = message.property("a");
          int times = message.consumedTimes();
          checks
              .computeIfAbsent(a, k -> Collections.synchronizedList(new ArrayList<>()))
              .add(times);
          if ("1".equals(a) || ("2".equals(a) && times > 1)) {
            decide(a, "commit", message.receiptHandle());
          } else if ("3".equals(a)) {
            decide(a, "rollback", message.receiptHandle());
          } // else: a=2 at its first check, unknown yet: it comes back after the re-check window
        }
      }
    }

    void consumerLoop() {
      while (!consumerDone() && System.nanoTime() < deadlineNanos) {
        consume(WAIT_SECONDS);
      }
      if (consumerDone()) {
        consume(1); // a last look: nothing else (a=3, a redelivery) may arrive
      }
    }

    void consume(int waitSeconds) {
      List<ReceivedMessage> messages;
      try {
        messages =
            consumer.consume(ConsumeCommand.of(instanceId, topic, group, BATCH, waitSeconds));
      } catch (ClientFailure e) {
        errors.add("consume: " + describe(e));
        pause();
        return;
      }
      if (messages.isEmpty()) {
        notFound.merge("consume", 1, Integer::sum);
        return;
      }
      messages.forEach(m -> received.add(m.property("a")));
      try {
        consumer.ack(
            AckCommand.of(
                instanceId,
                topic,
                group,
                messages.stream().map(ReceivedMessage::receiptHandle).toList()));
        messages.forEach(m -> acked.add(m.property("a")));
      } catch (ClientFailure e) {
        errors.add("ack: " + describe(e));
      }
    }

    void decide(String a, String what, String receiptHandle) {
      if (receiptHandle == null) {
        errors.add(what + " a=" + a + ": no receipt handle to " + what + " with");
        return;
      }
      AckCommand command = AckCommand.of(instanceId, topic, group, List.of(receiptHandle));
      try {
        if ("commit".equals(what)) {
          producer.commit(command);
        } else {
          producer.rollback(command);
        }
        decisions.put(a, what);
      } catch (ClientFailure e) {
        errors.add(what + " a=" + a + ": " + describe(e));
      }
    }

    boolean checkerDone() {
      return Stream.of("1", "2", "3").allMatch(decisions::containsKey);
    }

    boolean consumerDone() {
      return checkerDone() && acked.containsAll(List.of("0", "1", "2"));
    }

    void pause() {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
