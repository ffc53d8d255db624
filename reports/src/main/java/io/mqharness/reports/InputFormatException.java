package io.mqharness.reports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file exists but is not in the format the index reads; the index notes it and goes on.
 */
public class InputFormatException extends IOException {

  public InputFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public InputFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
