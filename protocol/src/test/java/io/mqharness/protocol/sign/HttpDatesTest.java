package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {
  private static final Instant VECTOR_INSTANT = Instant.parse("2026-11-24T19:52:29Z");

  @Test
  void formatsInGmtWithEnglishNamesWhateverTheDefaultLocale() {
    // given
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      // when
      String date = HttpDates.format(VECTOR_INSTANT.plusMillis(999));
      // then
      assertThat(date).isEqualTo("Tue, 24 Nov 2026 19:52:29 GMT");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void padsTheDayToTwoDigitsAsEverySdkDoes() {
    assertThat(HttpDates.format(Instant.parse("2026-12-01T03:04:05Z")))
        .isEqualTo("Tue, 01 Dec 2026 03:04:05 GMT");
  }

  // Java SimpleDateFormat, Python strftime, Node toGMTString and Go http.TimeFormat all produce
  // this shape.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tue, 24 Nov 2026 19:52:29 GMT",
        " Tue, 24 Nov 2026 19:52:29 GMT ",
        "TUE, 24 NOV 2026 19:52:29 GMT",
        "Tue, 24 Nov 2026 19:52:29 +0000"
      })
  void parsesWhatTheSdksSend(String date) {
    assertThat(HttpDates.parse(date)).contains(VECTOR_INSTANT);
  }

  @Test
  void parsesAOneDigitDay() {
    assertThat(HttpDates.parse("Tue, 1 Dec 2026 03:04:05 GMT"))
        .contains(Instant.parse("2026-12-01T03:04:05Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2026-11-24T19:52:29Z",
        "Wed, 24 Nov 2026 19:52:29 GMT",
        "Tue, 31 Nov 2026 19:52:29 GMT",
        "Tuesday, 24-Nov-26 19:52:29 GMT",
        "Tue, 24 Xyz 2026 19:52:29 GMT",
        "Tue, 24 ovN 2026 19:52:29 GMT",
        "Tue, 24 Nov 2026 25:52:29 GMT",
        "Tue, 24 Nov 2026 19:5x:29 GMT",
        "Tue, 24 Nov 2026 19:52:29 UTC"
      })
  void refusesAnythingElse(String date) {
    assertThat(HttpDates.parse(date)).isEmpty();
  }

  @Test
  void nullIsNoDate() {
    assertThat(HttpDates.parse(null)).isEmpty();
  }
}
