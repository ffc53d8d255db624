package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import java.util.List;

/**
 * Which lifecycle serves a GET: a normal consume {@link NormalDelivery}, an orderly one {@link
 * OrderedPartitions}, a half pop {@link Transactions}. The half pop and the consume are two streams
 * even for one group id (SPEC §6.5 rule 8): a consume never returns a half message (rule 4). Takes
 * what a request gets now; never waits.
 */
record ConsumeStreams(NormalDelivery normal, OrderedPartitions ordered, Transactions transactions) {
  /** A cheap test before {@link #take}: false when the request surely gets nothing now. */
  boolean mayServe(Topic topic, ConsumeRequest request) {
    return switch (request.mode()) {
      case HALF -> topic.halves().hasCheckable();
      case NORMAL, ORDERED ->
          topic.existingGroup(request.group()).map(ConsumerGroup::hasReady).orElse(false);
    };
  }

  /**
   * Delivers up to {@code numOfMessages} messages now; an empty list when nothing is deliverable.
   */
  List<ConsumedMessage> take(Topic topic, ConsumeRequest request) {
    return switch (request.mode()) {
      case NORMAL -> normal.take(topic, request);
      case ORDERED -> ordered.take(topic, request);
      case HALF -> transactions.pop(topic, request.numOfMessages());
    };
  }
}
