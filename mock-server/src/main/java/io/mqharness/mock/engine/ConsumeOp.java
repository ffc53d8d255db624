package io.mqharness.mock.engine;

import io.mqharness.protocol.error.ErrorCode;
import io.mqharness.protocol.limits.ProtocolLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ConsumeMessage, orderly consume and half pop: what one request takes now (SPEC §6.1-§6.3, §6.5 rule 5).
 * Waiting is {@link LongPolls}' business; this class only ever answers "these messages" or "none".
 */
final class ConsumeOp {
  private static final int MAX_MESSAGES = ProtocolLimits.MAX_NUM_OF_MESSAGES;
  private static final Duration MAX_WAIT = Duration.ofSeconds(ProtocolLimits.MAX_WAIT_SECONDS);

  private final EngineContext ctx;
  private final Deadlines deadlines;

  public ConsumeOp(EngineContext ctx, Deadlines deadlines) {
    this.ctx = ctx;
    this.deadlines = deadlines;
  }

  /** SPEC §2.2 ranges, checked here too: the engine does not trust its caller. */
  public Optional<Rejected> check(ConsumeRequest request) {
    if (request.numOfMessages() < ProtocolLimits.MIN_NUM_OF_MESSAGES || request.numOfMessages() > MAX_MESSAGES) {
      return Optional.of(ctx.reject(ErrorCode.INVALID_ARGUMENT,
          "numOfMessages must be between " + ProtocolLimits.MIN_NUM_OF_MESSAGES + " and " + MAX_MESSAGES + ", got "
              + request.numOfMessages() + "."));
    }
    if (request.waitTime().isNegative() || request.waitTime().compareTo(MAX_WAIT) > 0) {
      return Optional.of(ctx.reject(ErrorCode.INVALID_ARGUMENT,
          "waitseconds must be between " + ProtocolLimits.MIN_WAIT_SECONDS + " and " + ProtocolLimits.MAX_WAIT_SECONDS
              + ", got " + request.waitTime().toSeconds() + "."));
    }
    return Optional.empty();
  }

  /** A cheap test before {@link #take}: false when the request surely gets nothing. */
  public boolean mayServe(Topic topic, ConsumeRequest request) {
    return switch (request.mode()) {
      case HALF -> topic.halves().hasCheckable();
      case NORMAL, ORDERED -> topic.existingGroup(request.group()).map(ConsumerGroup::hasReady).orElse(false);
    };
  }

  /** Delivers up to {@code numOfMessages} messages now; an empty list when nothing is deliverable. */
  public List<Delivery> take(Topic topic, ConsumeRequest request) {
    return switch (request.mode()) {
      case NORMAL -> takeNormal(topic, request);
      case ORDERED -> takeOrdered(topic, request);
      case HALF -> popHalf(topic, request.numOfMessages());
    };
  }

  private List<Delivery> takeNormal(Topic topic, ConsumeRequest request) {
    ConsumerGroup group = topic.group(request.group());
    List<StoredMessage> chosen = new ArrayList<>();
    for (StoredMessage m : group.ready()) {
      if (chosen.size() == request.numOfMessages()) {
        break;
      }
      if (request.tagFilter().matches(m.tag())) {
        chosen.add(m);
      }
    }
    return deliverAll(topic, group, chosen, ctx.settings().normalInvisibility());
  }

  // A partition with a message in flight waits; the others give their ready messages in log order, each
  // partition's batch kept together in the answer (SPEC §6.3).
  private List<Delivery> takeOrdered(Topic topic, ConsumeRequest request) {
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
    return deliverAll(topic, group, chosen, ctx.settings().orderedInvisibility());
  }

  private List<Delivery> deliverAll(Topic topic, ConsumerGroup group, List<StoredMessage> chosen, Duration invisibility) {
    long now = ctx.now();
    long nextConsumeTime = now + ctx.scaledMillis(invisibility);
    List<Delivery> out = new ArrayList<>(chosen.size());
    for (StoredMessage m : chosen) {
      InFlight inFlight = group.take(m);
      inFlight.deliver(now, nextConsumeTime, ctx.nonce());
      deadlines.watchDelivery(topic, group, inFlight);
      ctx.counters().delivered++;
      if (inFlight.consumedTimes() > 1) {
        ctx.counters().redelivered++;
      }
      String handle = new ReceiptHandle(
          HandleKind.CONSUMED, topic.index(), group.index(), m.seq(), inFlight.serial(), inFlight.nonce()).encode();
      out.add(new Delivery(m.id(), handle, m.bodyMd5(), m.body(), m.publishTime(), nextConsumeTime,
          inFlight.firstConsumeTime(), inFlight.consumedTimes(), m.tag(), m.properties()));
    }
    return out;
  }

  private List<Delivery> popHalf(Topic topic, int max) {
    List<HalfMessage> chosen = topic.halves().checkable().stream().limit(max).toList();
    long now = ctx.now();
    long windowEnd = now + ctx.scaledMillis(ctx.settings().halfRecheckWindow());
    List<Delivery> out = new ArrayList<>(chosen.size());
    for (HalfMessage half : chosen) {
      long nonce = ctx.nonce();
      topic.halves().markPopped(half);
      half.pop(now, windowEnd, nonce);
      deadlines.watchPop(topic, half);
      ctx.counters().halfChecks++;
      StoredMessage m = half.message();
      String handle = new ReceiptHandle(HandleKind.HALF_POPPED, topic.index(), 0, m.seq(), half.pops(), nonce).encode();
      out.add(new Delivery(m.id(), handle, m.bodyMd5(), m.body(), m.publishTime(), windowEnd, half.firstPopTime(),
          half.pops(), m.tag(), m.properties()));
    }
    return out;
  }
}
