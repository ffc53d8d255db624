package io.mqharness.conformance.adapter.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineTest {
  @Test
  void wordsAreSeparatedByWhitespace() {
    assertThat(CommandLine.split("  ./my-driver  --verbose\tx "))
        .containsExactly("./my-driver", "--verbose", "x");
  }

  @Test
  void quotesGroupAWord() {
    assertThat(CommandLine.split("python3 -c 'print(\"hi there\")' \"a \\\"b\\\"\" ''"))
        .containsExactly("python3", "-c", "print(\"hi there\")", "a \"b\"", "");
  }

  @Test
  void unclosedQuoteIsRejected() {
    assertThatThrownBy(() -> CommandLine.split("node 'driver.js"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
