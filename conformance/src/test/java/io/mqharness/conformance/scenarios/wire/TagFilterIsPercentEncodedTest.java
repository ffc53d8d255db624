package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Wire conformance")
@Feature("Query parameters")
class TagFilterIsPercentEncodedTest {
  @ClientScenario(spec = "§2.3", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.3: the tag filter TagA||TagB travels percent-encoded, as tag=TagA%7C%7CTagB.")
  void barsAreEncoded(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .filteredOn(r -> WireWorkload.is(r, "GET") && r.getUrl().contains("tag="))
        .isNotEmpty()
        .allSatisfy(request -> assertThat(request.getUrl()).contains("tag=TagA%7C%7CTagB"));
  }
}
