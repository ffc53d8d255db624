package io.mqharness.simulator.engine;

import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulator.engine.PublishOutcome.Published;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Transactional messages (SPEC §6.5, §6.6; §9 Q7, Q8, Q10, Q11, Q17). A half message belongs to its
 * topic, not to a group, and its stream is apart from the consume's (rule 8): HALF_IMMUNE for its
 * {@link CheckImmunity}, then HALF_CHECKABLE. A half pop ({@code trans=pop}, any group) takes the
 * checkable ones oldest first, up to numOfMessages: each pop adds 1 to the message's own
 * ConsumedTimes, issues a new handle and opens a re-check window R (10 s, {@link
 * EngineSettings#halfRecheckWindow()}, scaled); a window that ends undecided offers the message
 * again (rule 5). A commit makes it a normal message that every group gets, with ConsumedTimes
 * starting over ({@link Timers}, rule 7, Q17); a rollback throws it away. An undecided message is
 * given up, rolled back silently, once it has been popped {@link EngineSettings#halfMaxChecks()}
 * times (0: no limit) or is {@link EngineSettings#halfMaxAge()} old (86,400 s) (rule 9, Q8); one
 * being checked keeps its window first.
 */
record Transactions(
    EngineSettings settings,
    EngineTime time,
    Agenda agenda,
    Ids ids,
    Counters counters,
    WakeUps wakeUps,
    CheckImmunity immunity,
    Timers timers,
    StoreCap store) {
  /**
   * Stores a half message, immune for {@code __TransCheckT} = {@code checkImmunitySeconds} (as
   * requested; clamped by {@link CheckImmunity}), and answers with its publish handle h0 (rule 2).
   */
  Published publishHalf(Topic topic, StoredMessage stored, int checkImmunitySeconds) {
    long nonce = ids.nonce();
    HalfMessage half =
        new HalfMessage(stored, immunity.until(stored.publishTime(), checkImmunitySeconds), nonce);
    topic.halves().add(half);
    immunity.watch(half, () -> offerOrGiveUp(topic, half));
    watchAge(topic, tooOldAt(half));
    counters.halfPublished++;
    String handle =
        new ReceiptHandle(HandleKind.HALF_PUBLISHED, topic.index(), 0, stored.seq(), 0, nonce)
            .encode();
    return new Published(stored.answer(handle), stored.publishTime());
  }

  /**
   * Up to {@code max} half pops now, oldest first; empty when no half message is checkable (rule
   * 5).
   */
  List<ConsumedMessage> pop(Topic topic, int max) {
    List<HalfMessage> chosen = topic.halves().checkable().stream().limit(max).toList();
    long now = time.now();
    long windowEnd = now + time.scaledMillis(settings.halfRecheckWindow());
    List<ConsumedMessage> out = new ArrayList<>(chosen.size());
    for (HalfMessage half : chosen) {
      long nonce = ids.nonce();
      topic.halves().markPopped(half);
      half.pop(now, windowEnd, nonce);
      int serial = half.pops();
      agenda.at(windowEnd, () -> windowEnds(topic, half, serial));
      counters.halfChecks++;
      StoredMessage m = half.message();
      String handle =
          new ReceiptHandle(HandleKind.HALF_POPPED, topic.index(), 0, m.seq(), serial, nonce)
              .encode();
      out.add(m.delivery(handle, windowEnd, half.firstPopTime(), serial));
    }
    return out;
  }

  /** Commits a half message whose handle is good: it becomes a normal message (rule 7). */
  void commit(Topic topic, HalfMessage half) {
    topic.halves().decide(half);
    counters.committed++;
    timers.appendWhenDue(topic, half.message());
  }

  /**
   * Rolls back a half message whose handle is good, or one given up: it is never delivered (rules
   * 3, 6, 9).
   */
  void rollback(Topic topic, HalfMessage half) {
    topic.halves().decide(half);
    counters.rolledBack++;
    topic.countRollback();
    store.removed();
  }

  private void windowEnds(Topic topic, HalfMessage half, int serial) {
    if (half.state() == HalfState.HALF_CHECKING && half.pops() == serial) {
      offerOrGiveUp(topic, half);
    }
  }

  // One give-up deadline per topic, on its oldest undecided message, not one per message: an agenda
  // entry keeps what
  // it is for until it runs, and a message is given up only after a day (86,400 s), so entries per
  // message kept every
  // decided message alive that long (a soak's heap grew by 1 KB per half message).
  private void watchAge(Topic topic, long at) {
    if (topic.halves().watchAge()) {
      agenda.at(at, () -> giveUpTooOld(topic));
    }
  }

  // Gives up every undecided message that is too old, oldest first. A message being checked keeps
  // its window: the
  // end of that window gives it up instead.
  private void giveUpTooOld(Topic topic) {
    topic.halves().ageWatchRan();
    long now = time.now();
    List<HalfMessage> tooOld = new ArrayList<>();
    OptionalLong next = OptionalLong.empty();
    for (HalfMessage half : topic.halves().undecided()) {
      long at = tooOldAt(half);
      if (at > now) {
        next = OptionalLong.of(at);
        break;
      }
      if (half.state() != HalfState.HALF_CHECKING) {
        tooOld.add(half);
      }
    }
    tooOld.forEach(half -> rollback(topic, half));
    next.ifPresent(at -> watchAge(topic, at));
  }

  // The end of a check immunity or of a re-check window: offered to the next pop, or given up (rule
  // 9).
  private void offerOrGiveUp(Topic topic, HalfMessage half) {
    if (!undecided(topic, half)) {
      return; // committed or rolled back since
    }
    int maxChecks = settings.halfMaxChecks();
    if ((maxChecks > 0 && half.pops() >= maxChecks) || time.now() >= tooOldAt(half)) {
      rollback(topic, half);
    } else {
      topic.halves().offer(half);
      wakeUps.touch(topic);
    }
  }

  private boolean undecided(Topic topic, HalfMessage half) {
    return topic.halves().get(half.message().seq()) == half;
  }

  private long tooOldAt(HalfMessage half) {
    return half.message().publishTime() + time.scaledMillis(settings.halfMaxAge());
  }
}
