package io.mqharness.conformance.adapter.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code cmd:} command line into argv without a shell: words are separated by whitespace;
 * single or double quotes group a word (no escapes inside single quotes, {@code \"} and {@code \\}
 * inside double quotes).
 */
final class CommandLine {
  private CommandLine() {}

  static List<String> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '\'' && c == '\'' || quote == '"' && c == '"') {
        quote = 0;
      } else if (quote == '"'
          && c == '\\'
          && i + 1 < line.length()
          && "\"\\".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(++i));
      } else if (quote != 0) {
        word.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("unclosed quote in driver command: " + line);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
