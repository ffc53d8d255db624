package io.mqharness.mock.engine.ops;

import io.mqharness.mock.engine.ConsumeOutcome;
import io.mqharness.mock.engine.ConsumeRequest;
import io.mqharness.mock.engine.Delivered;
import io.mqharness.mock.engine.Delivery;
import io.mqharness.mock.engine.NoMessage;
import io.mqharness.mock.engine.state.Topic;
import io.mqharness.mock.engine.wait.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Long polling (SPEC §2.6): a consume with nothing to take waits on its topic, with no thread of its own.
 * Whenever an operation or a deadline touches the topic, its waiters are served oldest first, each group on
 * its own, and each message goes to one waiter only; a waiter answers as soon as it gets one message (§9
 * Q13). Its expiry is a timer on the engine's clock, so a virtual clock ends waits without sleeping.
 */
public final class LongPolls {
  private final EngineContext ctx;
  private final EngineCore core;
  private final ConsumeOp consume;

  public LongPolls(EngineContext ctx, EngineCore core, ConsumeOp consume) {
    this.ctx = ctx;
    this.core = core;
    this.consume = consume;
  }

  public CompletableFuture<ConsumeOutcome> await(Topic topic, ConsumeRequest request) {
    Waiter waiter = new Waiter(request, w -> core.locked(() -> withdraw(topic, w)));
    topic.waiting().add(waiter);
    ctx.waiting(1);
    waiter.expiry(ctx.clock().schedule(request.waitTime(), () -> core.locked(() -> expire(topic, waiter))));
    return waiter.future();
  }

  /** Hands deliverable messages to the topic's waiters. */
  public void serve(Topic topic) {
    for (String group : topic.waiting().groups()) {
      if (topic.existingGroup(group).map(g -> g.hasReady()).orElse(false)) {
        serveInOrder(topic, topic.waiting().queue(group));
      }
    }
    if (topic.halves().hasCheckable()) {
      serveInOrder(topic, topic.waiting().halfPops());
    }
  }

  /** Completes every waiter with NoMessage (reset). */
  public void endAll() {
    for (Topic topic : ctx.topics().values()) {
      for (Waiter waiter : new ArrayList<>(topic.waiting().all())) {
        answer(topic, waiter, NoMessage.INSTANCE);
      }
    }
  }

  private void serveInOrder(Topic topic, List<Waiter> oldestFirst) {
    for (Waiter waiter : oldestFirst) {
      if (!consume.mayServe(topic, waiter.request())) {
        return;
      }
      List<Delivery> taken = consume.take(topic, waiter.request());
      if (!taken.isEmpty()) {
        answer(topic, waiter, new Delivered(taken));
      }
    }
  }

  private boolean expire(Topic topic, Waiter waiter) {
    if (topic.waiting().contains(waiter)) {
      List<Delivery> taken = consume.take(topic, waiter.request());
      answer(topic, waiter, taken.isEmpty() ? NoMessage.INSTANCE : new Delivered(taken));
    }
    return true;
  }

  private boolean withdraw(Topic topic, Waiter waiter) {
    if (!topic.waiting().remove(waiter)) {
      return false;
    }
    ctx.waiting(-1);
    waiter.cancelExpiry();
    return true;
  }

  private void answer(Topic topic, Waiter waiter, ConsumeOutcome outcome) {
    withdraw(topic, waiter);
    ctx.afterUnlock(() -> waiter.future().complete(outcome));
  }
}
