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
@Feature("Headers")
class VersionHeaderIsSentOnEveryRequestTest {
  @ClientScenario(spec = "§2.4, §3.1", needs = TargetFeature.REQUEST_JOURNAL)
  @Description("SPEC §2.4/§3.1: every request carries x-mq-version: 2015-06-06 (and signs it).")
  void versionHeaderIsPresent(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(
            request ->
                assertThat(WireWorkload.header(request, "x-mq-version"))
                    .as(WireWorkload.line(request))
                    .isEqualTo("2015-06-06"));
  }
}
