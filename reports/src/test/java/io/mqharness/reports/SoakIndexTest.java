package io.mqharness.reports;

import static io.mqharness.reports.FixtureProject.GROUPS_REPORT;
import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static io.mqharness.reports.FixtureProject.SOAK_HELD;
import static io.mqharness.reports.FixtureProject.SOAK_LEAKING;
import static io.mqharness.reports.FixtureProject.runIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Soak section of whole generations over soak runs' summaries (fixtures/summaries). */
class SoakIndexTest {

  private static final String HELD_RUN = runIdOf(SOAK_HELD);
  private static final String LEAKING_RUN = runIdOf(SOAK_LEAKING);

  @TempDir Path root;

  @Test
  void withoutASoakTheSectionSaysNotRunYet() throws Exception {
    // when
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1);
    project.generate();

    // then
    assertThat(project.index().select("#soak .not-run"))
        .extracting(Element::text)
        .containsExactly("Soak: not run yet");
    assertThat(project.index().select("[data-soak-chart]")).isEmpty();
    assertThat(project.index().select("nav a[href=#soak]")).hasSize(1);
  }

  @Test
  void theLatestSoakIsOpenWithItsVerdictTrendsAndChartsAndTheEarlierOneFolded() throws Exception {
    // when a soak that held, then one whose heap grows, are indexed
    FixtureProject project =
        new FixtureProject(root)
            .withSummaryRun(SOAK_HELD, GROUPS_REPORT)
            .withSummaryRun(SOAK_LEAKING, GROUPS_REPORT);
    project.generate();

    // then the leaking one, the latest, is open and says why it failed
    Element leaking =
        project.index().selectFirst("#soak details.soak-run[data-run=" + LEAKING_RUN + "]");
    assertThat(leaking.hasAttr("open")).isTrue();
    assertThat(leaking.selectFirst(".soak-verdict").text()).isEqualTo("FAILED");
    assertThat(leaking.selectFirst(".soak-headline").text())
        .isEqualTo("grows: heap 310.3 KB/s (t = 214.5)");
    assertThat(leaking.selectFirst("tr[data-series=heap] .verdict").text()).isEqualTo("grows");
    assertThat(leaking.select("[data-soak-chart]"))
        .extracting(c -> c.attr("data-soak-chart"))
        .containsExactly("heap", "threads", "throughput");
    // and the one that held is folded below it, flat
    Element held = project.index().selectFirst("#soak details.soak-run[data-run=" + HELD_RUN + "]");
    assertThat(held.hasAttr("open")).isFalse();
    assertThat(held.selectFirst(".soak-verdict").text()).isEqualTo("passed");
    assertThat(held.selectFirst(".soak-headline").text())
        .isEqualTo("flat: heap, threads, connections (judged over 30–60 s)");
    assertThat(held.select(".soak-trends .verdict")).extracting(Element::text).containsOnly("flat");
    // and the page data carries every sample for the script
    JsonNode soak =
        Json.MAPPER.readTree(project.index().getElementById("report-data").data()).get("soak");
    assertThat(soak).hasSize(2);
    assertThat(soak.get(0).get("id").asText()).isEqualTo(HELD_RUN);
    assertThat(soak.get(0).get("samples")).hasSize(25);
  }
}
