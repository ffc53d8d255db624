package io.mqharness.reports.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Links from the index's folder to files that exist, so the page works from file:// and moves with
 * the tree.
 */
public final class RelativeLinks {

  private final Path from;

  public RelativeLinks(Path indexFile) {
    this.from = indexFile.toAbsolutePath().normalize().getParent();
  }

  /**
   * A relative href to {@code file}, or empty when there is no such file: a missing input never
   * gets a link.
   */
  public Optional<String> to(Path file) {
    Path target = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(target)) {
      return Optional.empty();
    }
    String path =
        from.relativize(target).toString().replace(target.getFileSystem().getSeparator(), "/");
    try {
      return Optional.of(new URI(null, null, path, null).getRawPath());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(path, e);
    }
  }
}
