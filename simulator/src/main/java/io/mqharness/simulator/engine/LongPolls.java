package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.ConsumeOutcome.Delivered;
import io.mqharness.simulator.engine.ConsumeOutcome.NoMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Long polling (SPEC §2.6, §9 Q13): a consume with nothing to take waits on its topic, with no
 * thread of its own. Whenever an operation or a deadline touches the topic ({@link WakeUps}), its
 * waiters are served oldest first, each group on its own and the half pops apart, and each message
 * goes to one waiter only; a waiter answers as soon as it gets one message. Its end is an entry on
 * the engine's agenda, so a virtual clock ends waits without sleeping. Answers are completed once
 * the engine's lock is released ({@link #drainAnswers}), keeping callbacks out of it.
 */
final class LongPolls {
  private final EngineLock lock;
  private final EngineTime time;
  private final Agenda agenda;
  private final ConsumeStreams streams;
  private final List<Runnable> answers = new ArrayList<>();
  private int waiting;

  LongPolls(EngineLock lock, EngineTime time, Agenda agenda, ConsumeStreams streams) {
    this.lock = lock;
    this.time = time;
    this.agenda = agenda;
    this.streams = streams;
  }

  /**
   * Makes the consume wait: its end is an agenda entry, so the waits that end together are ended in
   * one pass under the lock rather than each by a clock timer of its own that takes the lock again.
   * Cancelling the returned future withdraws the waiter, and fails once messages were handed to it.
   */
  CompletableFuture<ConsumeOutcome> await(Topic topic, ConsumeRequest request) {
    Waiter waiter = new Waiter(request, w -> lock.guard(() -> withdraw(topic, w)));
    topic.waiting().add(waiter);
    waiting++;
    agenda.at(time.now() + request.waitTime().toMillis(), () -> expire(topic, waiter));
    return waiter.future();
  }

  /** Hands deliverable messages to the topic's waiters. */
  void serve(Topic topic) {
    for (String group : topic.waiting().groups()) {
      if (topic.existingGroup(group).map(ConsumerGroup::hasReady).orElse(false)) {
        serveInOrder(topic, topic.waiting().queueView(group));
      }
    }
    if (topic.halves().hasCheckable()) {
      serveInOrder(topic, topic.waiting().halfPopsView());
    }
  }

  /** Answers every waiter of these topics with NoMessage (reset). */
  void endAll(Collection<Topic> topics) {
    for (Topic topic : topics) {
      for (Waiter waiter : new ArrayList<>(topic.waiting().all())) {
        answer(topic, waiter, NoMessage.INSTANCE);
      }
    }
  }

  /**
   * The answers given since the last drain, to complete once the lock is released; forgets them.
   */
  List<Runnable> drainAnswers() {
    List<Runnable> out = new ArrayList<>(answers);
    answers.clear();
    return out;
  }

  /** Consumers waiting now. */
  int waiting() {
    return waiting;
  }

  /**
   * Walks the waiters oldest first while messages are left, without copying the queue (thousands
   * may wait): the waiters served are answered, and so leave the queue, once the walk is over.
   */
  private void serveInOrder(Topic topic, Collection<Waiter> oldestFirst) {
    List<Waiter> served = new ArrayList<>();
    List<ConsumeOutcome> outcomes = new ArrayList<>();
    for (Waiter waiter : oldestFirst) {
      if (!streams.mayServe(topic, waiter.request())) {
        break;
      }
      List<ConsumedMessage> taken = streams.take(topic, waiter.request());
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
      List<ConsumedMessage> taken = streams.take(topic, waiter.request());
      answer(topic, waiter, taken.isEmpty() ? NoMessage.INSTANCE : new Delivered(taken));
    }
  }

  private boolean withdraw(Topic topic, Waiter waiter) {
    if (!topic.waiting().remove(waiter)) {
      return false;
    }
    waiting--;
    return true;
  }

  private void answer(Topic topic, Waiter waiter, ConsumeOutcome outcome) {
    PendingConsume future = waiter.future();
    withdraw(topic, waiter);
    waiter.release();
    answers.add(() -> future.complete(outcome));
  }
}
