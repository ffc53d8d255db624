package io.mqharness.protocol.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the {@code Date} header reader (SPEC §2.4, §3.2 step 2), on the UTF-8
 * text of the raw input. It declares no exception: a text that is no RFC 1123 date is "no instant"
 * (the server's {@code InvalidDateHeader}). An instant it reads, written in the form every SDK
 * sends, reads back to the same instant. Each input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/protocol/sign/HttpDatesFuzzTestInputs/parse/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HttpDatesFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    Optional<Instant> read = HttpDates.parse(text);

    read.filter(HttpDatesFuzzTest::hasFourDigitYear)
        .ifPresent(
            instant -> assertThat(HttpDates.parse(HttpDates.format(instant))).contains(instant));
  }

  /**
   * The canonical form has room for years 1 to 9999 only (a numeric offset can push a date past
   * them).
   */
  private static boolean hasFourDigitYear(Instant instant) {
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    return year >= 1 && year <= 9999;
  }
}
