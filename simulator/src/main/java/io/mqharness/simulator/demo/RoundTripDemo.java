package io.mqharness.simulator.demo;

import io.mqharness.protocol.client.MqClient;
import io.mqharness.protocol.client.MqConsumer;
import io.mqharness.protocol.client.MqTransProducer;
import io.mqharness.protocol.client.TopicMessage;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.simulator.MqSimulator;
import io.mqharness.simulator.SimulatorOptions;
import io.mqharness.simulator.engine.EngineSettings;
import io.mqharness.simulator.testkit.DefaultClient;
import java.util.List;
import java.util.TreeSet;

/**
 * The harness's main job at this stage: an embedded simulator (protocol timers 10x faster), a plain
 * publish / consume / ack round trip and the SDKs' transactional example flow with the reference
 * client. Exits non-zero when the consumer does not get exactly messages a=0, 1 and 2.
 */
public final class RoundTripDemo {
  private static final String INSTANCE = "MQ_INST_DEMO";

  public static void main(String[] args) throws Exception {
    SimulatorOptions options =
        SimulatorOptions.defaults().withEngine(EngineSettings.defaults().withTimeScale(10));
    try (MqSimulator simulator = MqSimulator.start(options)) {
      System.out.println("Simulator on " + simulator.baseUrl() + " (protocol timers 10x faster)");
      MqClient client = DefaultClient.of(simulator.baseUrl());
      roundTrip(client);
      TreeSet<String> received = transactionalFlow(client);
      boolean ok = received.equals(new TreeSet<>(List.of("0", "1", "2")));
      System.out.println(
          ok ? "OK: the consumer got exactly a=0, 1, 2" : "FAILED: the consumer got " + received);
      System.exit(ok ? 0 : 1);
    }
  }

  private static void roundTrip(MqClient client) {
    PublishResponse published =
        client
            .producer(INSTANCE, "T_DEMO")
            .publish(TopicMessage.of("hello").withTag("TagA").withMessageKey("key-1"));
    System.out.println(
        "publish        -> MessageId " + published.messageId() + ", MD5 " + published.bodyMd5());
    MqConsumer consumer = client.consumer(INSTANCE, "T_DEMO", "GID_DEMO", "TagA");
    List<ConsumedMessage> got = consumer.consume(16, 3);
    got.forEach(
        m ->
            System.out.println(
                "consume        -> " + m.body() + " (ConsumedTimes " + m.consumedTimes() + ")"));
    consumer.ack(got.stream().map(ConsumedMessage::receiptHandle).toList());
    System.out.println("ack            -> 204");
  }

  /**
   * SPEC §6.6: a=0 committed at once, a=1 committed on check, a=2 on its second check, a=3 rolled
   * back.
   */
  private static TreeSet<String> transactionalFlow(MqClient client) throws InterruptedException {
    MqTransProducer producer = client.transProducer(INSTANCE, "TT_DEMO", "GID_T");
    MqConsumer consumer = client.consumer(INSTANCE, "TT_DEMO", "GID_T", null);
    for (int a = 0; a < 4; a++) {
      PublishResponse half =
          producer.publish(
              TopicMessage.of("trans " + a)
                  .withProperty("a", String.valueOf(a))
                  .withTransCheckImmunitySeconds(10));
      System.out.println("publish half   -> a=" + a + " " + half.messageId());
      if (a == 0) {
        producer.commit(half.receiptHandle());
        System.out.println("commit         -> a=0 with its publish handle");
      }
    }
    TreeSet<String> received = new TreeSet<>();
    long deadline = System.nanoTime() + 15_000_000_000L;
    int decided = 0;
    while (System.nanoTime() < deadline && (decided < 3 || received.size() < 3)) {
      for (ConsumedMessage half : producer.consumeHalfMessage(1, 1)) {
        String a = half.properties().get("a").orElse("?");
        if (a.equals("1") || (a.equals("2") && half.consumedTimes() > 1)) {
          producer.commit(half.receiptHandle());
          decided++;
          System.out.println(
              "check          -> a=" + a + " (ConsumedTimes " + half.consumedTimes() + ") commit");
        } else if (a.equals("3")) {
          producer.rollback(half.receiptHandle());
          decided++;
          System.out.println("check          -> a=3 rollback");
        } else {
          System.out.println(
              "check          -> a="
                  + a
                  + " (ConsumedTimes "
                  + half.consumedTimes()
                  + ") undecided");
        }
      }
      List<ConsumedMessage> messages = consumer.consume(16, 1);
      for (ConsumedMessage m : messages) {
        received.add(m.properties().get("a").orElse("?"));
        System.out.println("consume        -> a=" + m.properties().get("a").orElse("?"));
      }
      if (!messages.isEmpty()) {
        consumer.ack(messages.stream().map(ConsumedMessage::receiptHandle).toList());
      }
    }
    return received;
  }

  private RoundTripDemo() {}
}
