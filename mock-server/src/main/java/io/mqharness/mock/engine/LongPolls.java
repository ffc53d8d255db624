package io.mqharness.mock.engine;

import io.mqharness.mock.engine.ConsumeOutcome.Delivered;
import io.mqharness.mock.engine.ConsumeOutcome.NoMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Long polling (SPEC §2.6): a consume with nothing to take waits on its topic, with no thread of its own.
 * Whenever an operation or a deadline touches the topic, its waiters are served oldest first, each group on
 * its own, and each message goes to one waiter only; a waiter answers as soon as it gets one message (§9
 * Q13). Its end is an entry on the engine's agenda, so a virtual clock ends waits without sleeping.
 */
final class LongPolls {
  private final EngineContext ctx;
  private final EngineCore core;
  private final ConsumeOp consume;

  public LongPolls(EngineContext ctx, EngineCore core, ConsumeOp consume) {
    this.ctx = ctx;
    this.core = core;
    this.consume = consume;
  }

  /**
   * Makes the consume wait: its end is an agenda entry, so the waits that end together are ended in one pass under
   * the lock rather than each by a clock timer of its own that takes the lock again.
   */
  public CompletableFuture<ConsumeOutcome> await(Topic topic, ConsumeRequest request) {
    Waiter waiter = new Waiter(request, w -> core.locked(() -> withdraw(topic, w)));
    topic.waiting().add(waiter);
    ctx.waiting(1);
    ctx.agenda().at(ctx.now() + request.waitTime().toMillis(), () -> expire(topic, waiter));
    return waiter.future();
  }

  /** Hands deliverable messages to the topic's waiters. */
  public void serve(Topic topic) {
    for (String group : topic.waiting().groups()) {
      if (topic.existingGroup(group).map(g -> g.hasReady()).orElse(false)) {
        serveInOrder(topic, topic.waiting().queueView(group));
      }
    }
    if (topic.halves().hasCheckable()) {
      serveInOrder(topic, topic.waiting().halfPopsView());
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

  /**
   * Walks the waiters oldest first while messages are left, without copying the queue (thousands may wait): the
   * waiters served are answered, and so leave the queue, once the walk is over.
   */
  private void serveInOrder(Topic topic, Collection<Waiter> oldestFirst) {
    List<Waiter> served = new ArrayList<>();
    List<ConsumeOutcome> outcomes = new ArrayList<>();
    for (Waiter waiter : oldestFirst) {
      if (!consume.mayServe(topic, waiter.request())) {
        break;
      }
      List<Delivery> taken = consume.take(topic, waiter.request());
      if (!taken.isEmpty()) {
        served.add(waiter);
        outcomes.add(new Delivered(taken));
      }
    }
    for (int i = 0; i < served.size(); i++) {
      answer(topic, served.get(i), outcomes.get(i));
    }
  }

  // A waiter answered earlier is no longer in the queue, and its entry does nothing.
  private void expire(Topic topic, Waiter waiter) {
    if (topic.waiting().contains(waiter)) {
      List<Delivery> taken = consume.take(topic, waiter.request());
      answer(topic, waiter, taken.isEmpty() ? NoMessage.INSTANCE : new Delivered(taken));
    }
  }

  private boolean withdraw(Topic topic, Waiter waiter) {
    if (!topic.waiting().remove(waiter)) {
      return false;
    }
    ctx.waiting(-1);
    return true;
  }

  private void answer(Topic topic, Waiter waiter, ConsumeOutcome outcome) {
    PendingConsume future = waiter.future();
    withdraw(topic, waiter);
    waiter.release();
    ctx.afterUnlock(() -> future.complete(outcome));
  }
}
