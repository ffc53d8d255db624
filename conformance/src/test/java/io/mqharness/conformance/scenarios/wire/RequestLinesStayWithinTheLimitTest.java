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
class RequestLinesStayWithinTheLimitTest {
  @ClientScenario(spec = "§2.2 (request line)", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.2: a request line is at most 1024 characters; paths are /topics/{topic}/messages (§2.1).")
  void requestLinesAreShort(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(
            request -> {
              String line = WireWorkload.line(request) + " HTTP/1.1";
              assertThat(line.length()).as(line).isLessThanOrEqualTo(1024);
              assertThat(request.getUrl()).startsWith(target.topic().path());
            });
  }
}
