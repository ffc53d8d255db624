package io.mqharness.mock.engine;


/**
 * What happens when protocol time passes: a timer message falls due, an invisibility ends (redelivery or,
 * after the last retry, dead), a check immunity or re-check window ends, an undecided message grows too old.
 * Each deadline is put on the agenda when it is created and checks on arrival that it still applies.
 */
final class Deadlines {
  private final EngineContext ctx;
  private final Retention retention;

  public Deadlines(EngineContext ctx, Retention retention) {
    this.ctx = ctx;
    this.retention = retention;
  }

  /**
   * A normal or committed message joins the log, deliverable now or when its timer falls due; its retention
   * starts then.
   */
  public void appendToLog(Topic topic, StoredMessage message) {
    message.joinsLogAt(ctx.now());
    if (message.deliverAt() > ctx.now()) {
      message.delayed(true);
      topic.append(message);
      ctx.agenda().at(message.deliverAt(), () -> {
        topic.reveal(message);
        retention.watch(topic);
        ctx.touch(topic);
      });
    } else {
      topic.append(message);
      retention.watch(topic);
      ctx.touch(topic);
    }
  }

  public void watchDelivery(Topic topic, ConsumerGroup group, InFlight inFlight) {
    int serial = inFlight.serial();
    ctx.agenda().at(inFlight.nextConsumeTime(), () -> invisibilityEnds(topic, group, inFlight, serial));
  }

  public void watchHalf(Topic topic, HalfMessage half) {
    ctx.agenda().at(half.immuneUntil(), () -> immunityEnds(topic, half));
    ctx.agenda().at(oldAt(half), () -> growsOld(topic, half));
  }

  public void watchPop(Topic topic, HalfMessage half) {
    int serial = half.pops();
    ctx.agenda().at(half.windowEnd(), () -> windowEnds(topic, half, serial));
  }

  private void invisibilityEnds(Topic topic, ConsumerGroup group, InFlight inFlight, int serial) {
    if (!inFlight.invisible() || inFlight.serial() != serial) {
      return;
    }
    if (inFlight.consumedTimes() > ctx.settings().maxRetries()) {
      group.settle(inFlight, false);
      ctx.counters().deadLettered++;
    } else {
      group.lapse(inFlight);
    }
    ctx.touch(topic);
  }

  private void immunityEnds(Topic topic, HalfMessage half) {
    if (undecided(topic, half) && half.state() == HalfState.HALF_IMMUNE) {
      offerOrGiveUp(topic, half);
    }
  }

  private void windowEnds(Topic topic, HalfMessage half, int serial) {
    if (undecided(topic, half) && half.state() == HalfState.HALF_CHECKING && half.pops() == serial) {
      offerOrGiveUp(topic, half);
    }
  }

  // A message being checked keeps its window: the end of that window gives it up instead.
  private void growsOld(Topic topic, HalfMessage half) {
    if (undecided(topic, half) && half.state() != HalfState.HALF_CHECKING) {
      giveUp(topic, half);
    }
  }

  private void offerOrGiveUp(Topic topic, HalfMessage half) {
    int maxChecks = ctx.settings().halfMaxChecks();
    if ((maxChecks > 0 && half.pops() >= maxChecks) || ctx.now() >= oldAt(half)) {
      giveUp(topic, half);
    } else {
      topic.halves().offer(half);
      ctx.touch(topic);
    }
  }

  /** SPEC §6.5 rule 9: an undecided message is rolled back silently. */
  private void giveUp(Topic topic, HalfMessage half) {
    topic.halves().decide(half);
    topic.countRollback();
    ctx.counters().rolledBack++;
    ctx.stored(-1);
  }

  private boolean undecided(Topic topic, HalfMessage half) {
    return topic.halves().get(half.message().seq()) == half;
  }

  private long oldAt(HalfMessage half) {
    return half.message().publishTime() + ctx.scaledMillis(ctx.settings().halfMaxAge());
  }
}
