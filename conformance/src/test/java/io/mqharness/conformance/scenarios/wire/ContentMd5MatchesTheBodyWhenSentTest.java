package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.protocol.sign.ContentDigest;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Wire conformance")
@Feature("Headers")
class ContentMd5MatchesTheBodyWhenSentTest {
  @ClientScenario(spec = "§2.4 (Content-MD5)", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.4: Content-MD5 is optional; when a client sends it, it is the base64 of the MD5 of the body (hex or raw digest).")
  void contentMd5IsRight(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .filteredOn(r -> WireWorkload.header(r, "Content-MD5") != null)
        .allSatisfy(
            r ->
                assertThat(
                        ContentDigest.matches(WireWorkload.header(r, "Content-MD5"), r.getBody()))
                    .as(WireWorkload.line(r))
                    .isTrue());
  }
}
