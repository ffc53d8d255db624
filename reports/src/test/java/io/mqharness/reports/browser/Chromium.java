package io.mqharness.reports.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian package {@code chromium}) opening a page from file:// with no network,
 * in a fresh profile. Without Chromium the browser tests are skipped, unless {@code
 * REPORTS_BROWSER_REQUIRED=true} (CI).
 */
final class Chromium {

  private static final List<Path> CANDIDATES =
      Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
          .map(Path::of)
          .toList();
  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;
  private final Path workFolder;

  private Chromium(Path executable, Path workFolder) {
    this.executable = executable;
    this.workFolder = workFolder;
  }

  /**
   * Chromium from {@code REPORTS_CHROMIUM} or the usual places; skips or fails the test when there
   * is none.
   */
  static Chromium findOrSkip(Path workFolder) {
    String configured = System.getenv("REPORTS_CHROMIUM");
    List<Path> candidates =
        configured == null || configured.isBlank() ? CANDIDATES : List.of(Path.of(configured));
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate)) {
        return new Chromium(candidate, workFolder);
      }
    }
    String reason =
        "no Chromium at " + candidates + " (apt-get install -y chromium, or set REPORTS_CHROMIUM)";
    if ("true".equalsIgnoreCase(System.getenv("REPORTS_BROWSER_REQUIRED"))) {
      fail("REPORTS_BROWSER_REQUIRED=true but " + reason);
    }
    Assumptions.abort("browser test skipped: " + reason);
    throw new AssertionError("unreachable");
  }

  /** The DOM after the page's scripts ran, as Chromium serialises it. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, "--dump-dom");
  }

  void screenshot(Path page, Path png) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    run(
        page,
        "--screenshot=" + png.toAbsolutePath(),
        "--window-size=1400,2600",
        "--hide-scrollbars");
  }

  private String run(Path page, String... mode) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workFolder, "chromium-profile");
    Path stdout = Files.createTempFile(workFolder, "chromium", ".out");
    Path stderr = Files.createTempFile(workFolder, "chromium", ".err");
    List<String> command =
        new ArrayList<>(
            List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
    command.addAll(List.of(mode));
    command.add(page.toAbsolutePath().toUri().toString());
    Process chromium =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + tail(stderr));
    }
    if (chromium.exitValue() != 0) {
      fail("Chromium exited with " + chromium.exitValue() + ": " + tail(stderr));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
