package io.mqharness.mock.sdk;

import com.aliyun.mq.http.MQClient;
import com.aliyun.mq.http.MQConsumer;
import com.aliyun.mq.http.MQTransProducer;
import com.aliyun.mq.http.common.AckMessageException;
import com.aliyun.mq.http.common.ServiceException;
import com.aliyun.mq.http.model.Message;
import com.aliyun.mq.http.model.TopicMessage;
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
 * The transactional example flow (SPEC §6.6) with the official Java SDK {@code com.aliyun.mq:mq-http-sdk}, as its
 * documented sample {@code TransProducer} does it: publish 4 half messages (a=0..3, check immunity 10 s), commit a=0
 * with the publish handle; a checker thread pops half messages and commits a=1, commits a=2 once ConsumedTimes > 1,
 * rolls back a=3; a consumer thread with the same group id consumes and acks. Same outcome shape as the Node and
 * Python drivers print.
 */
final class JavaSdkTransactionalSample {
  private final MQTransProducer producer;
  private final MQConsumer consumer;
  private final long deadlineNanos;
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final List<String> acked = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, List<Integer>> checks = new ConcurrentHashMap<>();
  private final Map<String, String> decisions = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> notFound = new ConcurrentHashMap<>(Map.of("halfPop", 0, "consume", 0));

  private JavaSdkTransactionalSample(MQClient client, String instanceId, String topic, String group, Duration limit) {
    this.producer = client.getTransProducer(instanceId, topic, group);
    this.consumer = client.getConsumer(instanceId, topic, group, null);
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
  }

  static SampleOutcome run(String endpoint, String accessKey, String secretKey, String instanceId, String topic,
      String group, Duration limit) throws Exception {
    long started = System.nanoTime();
    MQClient client = new MQClient(endpoint, accessKey, secretKey);
    try {
      JavaSdkTransactionalSample sample = new JavaSdkTransactionalSample(client, instanceId, topic, group, limit);
      sample.publish();
      boolean done = sample.checkAndConsume();
      return new SampleOutcome("java com.aliyun.mq:mq-http-sdk", List.copyOf(sample.received),
          List.copyOf(sample.acked), Map.copyOf(sample.checks), Map.copyOf(sample.decisions),
          List.copyOf(sample.errors), Map.copyOf(sample.notFound), !done,
          Duration.ofNanos(System.nanoTime() - started).toMillis(), null);
    } finally {
      client.close();
    }
  }

  private void publish() {
    for (int i = 0; i < 4; i++) {
      TopicMessage message = new TopicMessage("trans_msg".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a");
      message.setMessageKey("MessageKey");
      message.setTransCheckImmunityTime(10);
      message.getProperties().put("a", String.valueOf(i));
      TopicMessage published = producer.publishMessage(message);
      log("published a=" + i + " id=" + published.getMessageId() + " handle=" + (published.getReceiptHandle() != null));
      if (i == 0) {
        decide("0", "commit", () -> producer.commit(published.getReceiptHandle()));
      }
    }
  }

  /** Runs the checker and the consumer side by side; true when both got what they wait for. */
  private boolean checkAndConsume() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> checker = threads.submit(this::checkerLoop);
      Future<?> consuming = threads.submit(this::consumerLoop);
      checker.get();
      consuming.get();
      return consumerDone();
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void checkerLoop() {
    while (!checkerDone() && System.nanoTime() < deadlineNanos) {
      List<Message> half;
      try {
        half = producer.consumeHalfMessage(3, 3); // null: MessageNotExist
      } catch (RuntimeException e) {
        error("consumeHalfMessage", e);
        pause();
        continue;
      }
      if (half == null) {
        notFound.merge("halfPop", 1, Integer::sum);
        continue;
      }
      for (Message message : half) {
        String a = message.getProperties().get("a");
        int times = message.getConsumedTimes();
        checks.computeIfAbsent(a, k -> Collections.synchronizedList(new ArrayList<>())).add(times);
        log("half a=" + a + " ConsumedTimes=" + times);
        if ("1".equals(a) || ("2".equals(a) && times > 1)) {
          decide(a, "commit", () -> producer.commit(message.getReceiptHandle()));
        } else if ("3".equals(a)) {
          decide(a, "rollback", () -> producer.rollback(message.getReceiptHandle()));
        } else {
          log("a=" + a + ": unknown yet, check again later");
        }
      }
    }
  }

  private void consumerLoop() {
    while (!consumerDone() && System.nanoTime() < deadlineNanos) {
      consume(3);
    }
    if (consumerDone()) {
      consume(1); // a last look: nothing else (a=3, a redelivery) may arrive
    }
  }

  private void consume(int waitSeconds) {
    List<Message> messages;
    try {
      messages = consumer.consumeMessage(3, waitSeconds); // null: MessageNotExist
    } catch (RuntimeException e) {
      error("consumeMessage", e);
      pause();
      return;
    }
    if (messages == null) {
      notFound.merge("consume", 1, Integer::sum);
      return;
    }
    messages.forEach(m -> {
      received.add(m.getProperties().get("a"));
      log("consumed a=" + m.getProperties().get("a") + " ConsumedTimes=" + m.getConsumedTimes());
    });
    try {
      consumer.ackMessage(messages.stream().map(Message::getReceiptHandle).toList());
      messages.forEach(m -> acked.add(m.getProperties().get("a")));
    } catch (RuntimeException e) {
      error("ackMessage", e);
    }
  }

  private void decide(String a, String what, Runnable call) {
    try {
      call.run();
      decisions.put(a, what);
      log(what + " a=" + a);
    } catch (RuntimeException e) {
      error(what + " a=" + a, e);
    }
  }

  private boolean checkerDone() {
    return Stream.of("1", "2", "3").allMatch(decisions::containsKey);
  }

  private boolean consumerDone() {
    return checkerDone() && acked.containsAll(List.of("0", "1", "2"));
  }

  private void error(String call, RuntimeException e) {
    String detail = e instanceof AckMessageException ack && ack.getErrorMessages() != null
        ? " " + ack.getErrorMessages().entrySet().stream()
            .map(f -> f.getKey() + "=" + f.getValue().getErrorCode() + "/" + f.getValue().getErrorMessage()).toList()
        : e instanceof ServiceException se ? " code=" + se.getErrorCode() : "";
    errors.add(call + ": " + e + detail);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void log(String line) {
    System.err.println("[java-sdk] " + line);
  }
}
