package io.mqharness.reports.history;

import io.mqharness.reports.InputFormatException;
import io.mqharness.reports.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code <history>/runs.json}, outside {@code target/} so that {@code mvn clean} keeps it. An
 * unreadable file stops the generation rather than being overwritten: history cannot be rebuilt
 * once reports are gone.
 */
public final class HistoryStore {

  private final Path file;

  public HistoryStore(Path folder) {
    this.file = folder.resolve("runs.json");
  }

  public Path file() {
    return file;
  }

  public RunHistory load() throws IOException {
    if (!Files.exists(file)) {
      return RunHistory.empty();
    }
    RunHistory history;
    try {
      history = Json.MAPPER.readValue(file.toFile(), RunHistory.class);
    } catch (IOException | RuntimeException e) {
      throw new InputFormatException(
          file, "unreadable history; fix or delete it to start a new one", e);
    }
    if (history.version() > RunHistory.CURRENT_VERSION) {
      throw new InputFormatException(
          file, "history version " + history.version() + " is newer than this program");
    }
    return history;
  }

  public void save(RunHistory history) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Json.MAPPER.writeValue(partial.toFile(), history);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
