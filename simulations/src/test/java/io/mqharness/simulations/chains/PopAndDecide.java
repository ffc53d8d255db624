package io.mqharness.simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.mqharness.protocol.model.ConsumedMessage;
import io.mqharness.simulations.faults.Operation;
import io.mqharness.simulations.requests.MqRequests;
import java.util.List;
import java.util.function.Function;

/**
 * One pop of a checker ({@code pop half}, {@code trans=pop}: half messages past their check
 * immunity, SPEC §6.5 rule 5) and the decisions on what it brought (rules 6 and 7), in the {@link
 * Groups#SETTLE} group.
 */
public final class PopAndDecide {
  /** Session key of the handles {@link #popAndDecideEach} commits ({@code List<String>}). */
  public static final String COMMIT_HANDLES = "commit";

  /** Session key of the handles {@link #popAndDecideEach} rolls back ({@code List<String>}). */
  public static final String ROLLBACK_HANDLES = "rollback";

  /**
   * Session key of {@link #popAndDecideBatch}'s decision for the whole batch: {@code commit} or
   * {@code rollback}.
   */
  public static final String DECISION = "checkDecision";

  private PopAndDecide() {}

  /**
   * A decision per message: {@code decideEach} (which sees {@link Messages#MESSAGES}, absent when
   * the pop brought nothing) puts the handles to commit under {@link #COMMIT_HANDLES} and those to
   * roll back under {@link #ROLLBACK_HANDLES}; a {@code commit} and a {@code rollback} follow for
   * each list that is not empty, each followed by {@code afterCommit} or {@code afterRollback}.
   */
  public static ChainBuilder popAndDecideEach(
      MqRequests on,
      Recording recording,
      Function<Session, Session> decideEach,
      Function<Session, Session> afterCommit,
      Function<Session, Session> afterRollback) {
    return exec(Messages::beforePoll)
        .exec(recording.send(Operation.CONSUME, on.pop("pop half"), 200, 404))
        .exec(decideEach)
        .doIf(session -> !session.<List<String>>getList(COMMIT_HANDLES).isEmpty())
        .then(
            group(Groups.SETTLE)
                .on(Commit.commit(on, "commit", COMMIT_HANDLES, recording))
                .exec(afterCommit))
        .doIf(session -> !session.<List<String>>getList(ROLLBACK_HANDLES).isEmpty())
        .then(
            group(Groups.SETTLE)
                .on(Rollback.rollback(on, "rollback", ROLLBACK_HANDLES, recording))
                .exec(afterRollback));
  }

  /**
   * One decision for the whole batch, when the pop brought messages: {@code decideBatch} (which
   * sees the batch under {@link Messages#MESSAGES} and its handles under {@link Messages#HANDLES})
   * puts {@code commit} or {@code rollback} under {@link #DECISION}; the request is named {@code
   * commit after check} or {@code rollback after check}; {@code afterDecision} follows it.
   */
  public static ChainBuilder popAndDecideBatch(
      MqRequests on,
      Recording recording,
      Function<Session, Session> decideBatch,
      Function<Session, Session> afterDecision) {
    String decision = "#{" + DECISION + "}";
    return exec(Messages::beforePoll)
        .exec(recording.send(Operation.CONSUME, on.pop("pop half"), 200, 404))
        .doIf(Messages::received)
        .then(
            exec(session ->
                    decideBatch.apply(
                        session.set(
                            Messages.HANDLES,
                            MqRequests.handles(
                                session.<ConsumedMessage>getList(Messages.MESSAGES)))))
                .exec(
                    group(Groups.SETTLE)
                        .on(Decide.decide(on, decision + " after check", decision, recording)))
                .exec(afterDecision));
  }
}
