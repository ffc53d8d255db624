package io.mqharness.simulations.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqharness.simulations.history.MessageLedger.Fate;
import io.mqharness.simulations.history.MessageLedger.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageLedgerTest {
  private final MessageLedger ledger = new MessageLedger();

  @Test
  void everyExpectedMessageDeliveredOncePasses() {
    ledger.published("A", Fate.EXPECTED);
    ledger.published("B", Fate.EXPECTED);
    ledger.delivered("A");
    ledger.delivered("B");
    Verdict verdict = ledger.verdict();
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.expected()).isEqualTo(2);
  }

  @Test
  void aMessageNeverDeliveredIsLostAndFailsTheRun() {
    ledger.published("A", Fate.EXPECTED);
    ledger.published("B", Fate.EXPECTED);
    ledger.delivered("A");
    Verdict verdict = ledger.verdict();
    assertThat(verdict.lost()).containsExactly("B");
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.problems())
        .singleElement()
        .asString()
        .contains("1 message(s) published and never delivered (lost)");
  }

  @Test
  void aRolledBackMessageDeliveredFailsTheRun() {
    ledger.published("R", Fate.ROLLED_BACK);
    ledger.delivered("R");
    Verdict verdict = ledger.verdict();
    assertThat(verdict.rolledBackDelivered()).containsExactly("R");
    assertThat(verdict.passed()).isFalse();
  }

  @Test
  void duplicatesAndUnexpectedMessagesAreReportedWithoutFailingTheRun() {
    ledger.published("A", Fate.EXPECTED);
    ledger.delivered("A");
    ledger.delivered("A");
    ledger.delivered("X");
    Verdict verdict = ledger.verdict();
    assertThat(verdict.duplicated()).containsExactly("A");
    assertThat(verdict.unexpected()).containsExactly("X");
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.problems()).hasSize(2);
  }

  @Test
  void theLedgerHandsOverWhatWasPublishedWithKindAndFateAndHowOftenEachWasDelivered() {
    // given: what an injector of a scaled-out run saw
    ledger.published("A", "tagged", Fate.EXPECTED);
    ledger.published("T", "transactional", Fate.ROLLED_BACK);
    ledger.delivered("A");
    ledger.delivered("A");
    // when: another ledger takes it over, as the merge does
    MessageLedger merged = new MessageLedger();
    ledger.publications().forEach((id, p) -> merged.published(id, p.kind(), p.fate()));
    ledger.deliveries().forEach(merged::delivered);
    // then
    assertThat(ledger.publications())
        .containsEntry("A", new MessageLedger.Publication("tagged", Fate.EXPECTED))
        .containsEntry("T", new MessageLedger.Publication("transactional", Fate.ROLLED_BACK));
    assertThat(merged.deliveries()).containsExactly(Map.entry("A", 2));
    assertThat(merged.verdict().duplicated()).containsExactly("A");
  }

  @Test
  void anUndecidedHalfMessageIsNeitherOwedNorForbidden() {
    ledger.published("U", Fate.UNDECIDED);
    assertThat(ledger.verdict().passed()).isTrue();
    ledger.delivered("U");
    assertThat(ledger.verdict().passed()).isTrue();
    assertThat(ledger.verdict().unexpected()).isEmpty();
  }

  @Test
  void aDeliveryOfAPublishThatGotNoAnswerIsUnconfirmedNotUnexpectedAndOwedNothing() {
    // given: m1 published and confirmed, m2's publish answered 500 (not stored), m3's timed out
    // (stored all the same)
    ledger.published("A", Fate.EXPECTED);
    ledger.unconfirmed(MessageLedger.bodyKey("m2-abcdef"));
    ledger.unconfirmed(MessageLedger.bodyKey("m3-abcdef"));

    // when: m1 and m3 are delivered, and a message of another run
    ledger.delivered("A", "m1");
    ledger.delivered("C", MessageLedger.bodyKey("m3-abcdef"));
    ledger.delivered("X", "leftover");

    // then
    Verdict verdict = ledger.verdict();
    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.lost()).isEmpty();
    assertThat(verdict.unconfirmedDelivered()).containsExactly("C");
    assertThat(verdict.unexpected()).containsExactly("X");
    assertThat(ledger.unconfirmedCount()).isEqualTo(2);
  }

  @Test
  void aBodysKeyIsWhatComesBeforeItsFirstDash() {
    assertThat(MessageLedger.bodyKey("i1m42-abcdefgh")).isEqualTo("i1m42");
    assertThat(MessageLedger.bodyKey("plain")).isEqualTo("plain");
    assertThat(MessageLedger.bodyKey(null)).isNull();
  }
}
