package io.mqharness.simulator.engine;

import io.mqharness.simulator.engine.time.Clock.Cancellable;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The frame around every engine operation (ENGINE.md "Time, threading and long polls"): under the
 * {@link EngineLock}, run the deadlines that are due, do the operation, serve the consumers waiting
 * on the topics it touched ({@link WakeUps}, {@link LongPolls}), and keep one clock timer on the
 * agenda's next deadline; then, with the lock released, complete the long polls that were answered.
 */
final class EngineCore {
  private final EngineLock lock;
  private final EngineTime time;
  private final Agenda agenda;
  private final WakeUps wakeUps;
  private final LongPolls longPolls;
  private Cancellable timer = () -> {};
  private long timerAt = Long.MAX_VALUE;
  private long timerGeneration;

  EngineCore(
      EngineLock lock, EngineTime time, Agenda agenda, WakeUps wakeUps, LongPolls longPolls) {
    this.lock = lock;
    this.time = time;
    this.agenda = agenda;
    this.wakeUps = wakeUps;
    this.longPolls = longPolls;
  }

  /** Runs {@code operation} in the frame and returns its result. */
  <T> T locked(Supplier<T> operation) {
    T result;
    List<Runnable> answers;
    lock.lock();
    try {
      agenda.runDue(time.now());
      result = operation.get();
      wakeUps.drain().forEach(longPolls::serve);
      armTimer();
      answers = longPolls.drainAnswers();
    } finally {
      lock.unlock();
    }
    answers.forEach(Runnable::run);
    return result;
  }

  /** Forgets the timer of the deadlines (reset). Call inside {@link #locked}. */
  void disarm() {
    timer.cancel();
    timerAt = Long.MAX_VALUE;
    timerGeneration++;
  }

  private void armTimer() {
    OptionalLong next = agenda.next();
    if (next.isEmpty() || next.getAsLong() >= timerAt) {
      return;
    }
    timer.cancel();
    long generation = ++timerGeneration;
    timerAt = next.getAsLong();
    timer =
        time.clock()
            .schedule(
                Duration.ofMillis(Math.max(0, timerAt - time.now())), () -> fired(generation));
  }

  private void fired(long generation) {
    locked(
        () -> {
          if (generation == timerGeneration) {
            timerAt = Long.MAX_VALUE;
          }
          return null;
        });
  }
}
