package io.mqharness.reports.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Chart.js, copied from its webjar on the classpath to {@code assets/chart.umd.min.js} beside the
 * index, so the page needs no network. {@code chartjs.properties} carries the pinned version,
 * filtered in by Maven.
 */
public final class ChartJsAsset {

  public static final String FILE_NAME = "chart.umd.min.js";

  private ChartJsAsset() {}

  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = ChartJsAsset.class.getResourceAsStream("chartjs.properties")) {
      if (in == null) {
        throw new IllegalStateException("chartjs.properties missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  public static Path copyInto(Path assetsFolder) throws IOException {
    String resource = "/META-INF/resources/webjars/chart.js/" + version() + "/dist/" + FILE_NAME;
    Files.createDirectories(assetsFolder);
    Path target = assetsFolder.resolve(FILE_NAME);
    try (InputStream in = ChartJsAsset.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Chart.js webjar missing from the classpath: " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
