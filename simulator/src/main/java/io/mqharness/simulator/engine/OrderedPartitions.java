package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordered consumption, {@code trans=order} (SPEC §6.3, §9 Q16). {@code __SHARDINGKEY} names the
 * partition ("" without one). While a delivered message of a partition is neither acked nor back to
 * ready, nothing of that partition is delivered; the other partitions give their ready messages in
 * publish order, up to numOfMessages, each partition's messages together in the answer. Everything
 * else (60 s invisibility, retries, acks) is the normal lifecycle's: {@link NormalDelivery}, {@link
 * RedeliverySchedule}. The group counts its invisible messages by partition ({@link
 * ConsumerGroup#partitionBusy}), so an ack, the end of an invisibility or the message's expiry
 * frees the partition.
 */
record OrderedPartitions(NormalDelivery delivery) {
  /**
   * Up to {@code numOfMessages} deliveries of an orderly consume, now; empty when no free partition
   * has one.
   */
  List<ConsumedMessage> take(Topic topic, ConsumeRequest request) {
    ConsumerGroup group = topic.group(request.group());
    Map<String, List<StoredMessage>> byPartition = new LinkedHashMap<>();
    int count = 0;
    for (StoredMessage m : group.ready()) {
      if (count == request.numOfMessages()) {
        break;
      }
      if (!group.partitionBusy(m.partition()) && request.tagFilter().matches(m.tag())) {
        byPartition.computeIfAbsent(m.partition(), p -> new ArrayList<>()).add(m);
        count++;
      }
    }
    List<StoredMessage> chosen = new ArrayList<>();
    byPartition.values().forEach(chosen::addAll);
    return delivery.deliver(topic, group, chosen, ConsumeMode.ORDERED);
  }
}
