package io.mqharness.reports;

import static io.mqharness.reports.FixtureProject.GROUPS_REPORT;
import static io.mqharness.reports.FixtureProject.MERGED_INJECTORS;
import static io.mqharness.reports.FixtureProject.PARTIAL_INJECTOR;
import static io.mqharness.reports.FixtureProject.PUBLISH_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run card says where its figures come from: after a warm-up, merged from injectors, or one
 * injector's part.
 */
class RunCardProvenanceTest {

  @TempDir Path root;

  @Test
  void aCardSaysAWarmUpRanForHowLongAndThatItsFiguresAreMergedFromTwoInjectors() throws Exception {
    // when
    FixtureProject project =
        new FixtureProject(root).withSummaryRun(MERGED_INJECTORS, GROUPS_REPORT);
    project.generate();

    // then
    Element provenance = card(project, "EndToEndSimulation").selectFirst(".provenance");
    assertThat(provenance.text()).isEqualTo("warm-up 5 s (240 requests) · merged from 2 injectors");
    assertThat(provenance.selectFirst(".merged").attr("title"))
        .contains("results/injector-0", "results/injector-1");
    assertThat(provenance.select(".partial")).isEmpty();
  }

  @Test
  void oneInjectorsOwnSummaryIsLabelledPartial() throws Exception {
    FixtureProject project =
        new FixtureProject(root).withSummaryRun(PARTIAL_INJECTOR, GROUPS_REPORT);
    project.generate();

    Element provenance = card(project, "EndToEndSimulation").selectFirst(".provenance");
    assertThat(provenance.text()).isEqualTo("partial: injector 1 of 2, not merged");
    assertThat(provenance.selectFirst(".partial").attr("title"))
        .contains("its share of the load only");
  }

  @Test
  void aRunWithoutWarmUpOrInjectorsSaysNothingAboutThem() throws Exception {
    FixtureProject project = new FixtureProject(root).withRun(PUBLISH_1);
    project.generate();

    Element card = card(project, "PublishSimulation");
    assertThat(card.select(".provenance")).isEmpty();
    assertThat(card.text()).doesNotContain("warm-up", "injector");
  }

  private static Element card(FixtureProject project, String simulation) throws Exception {
    return project.index().selectFirst("#latest article[data-simulation=" + simulation + "]");
  }
}
