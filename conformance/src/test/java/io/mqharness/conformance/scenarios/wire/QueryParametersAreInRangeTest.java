package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.QueryParameter;
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
class QueryParametersAreInRangeTest {
  @ClientScenario(spec = "§2.2", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.2: GET and DELETE name their group in consumer; numOfMessages is 1..16; waitseconds, when sent, is 0..30; ns is the instance id; trans is one of order, pop, commit, rollback.")
  void parametersStayInTheirRanges(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(
            request -> {
              String line = WireWorkload.line(request);
              if (!target.instanceId().isEmpty()) {
                assertThat(values(request, "ns")).as(line).containsExactly(target.instanceId());
              }
              if (WireWorkload.is(request, "GET") || WireWorkload.is(request, "DELETE")) {
                assertThat(values(request, "consumer"))
                    .as(line)
                    .singleElement()
                    .asString()
                    .isNotBlank();
              }
              if (WireWorkload.is(request, "GET")) {
                assertThat(values(request, "numOfMessages"))
                    .as(line)
                    .singleElement()
                    .satisfies(n -> assertThat(Integer.parseInt(n)).isBetween(1, 16));
                values(request, "waitseconds")
                    .forEach(w -> assertThat(Integer.parseInt(w)).as(line).isBetween(0, 30));
              }
              values(request, "trans")
                  .forEach(t -> assertThat(t).as(line).isIn("order", "pop", "commit", "rollback"));
            });
  }

  private static List<String> values(LoggedRequest request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.values() : List.of();
  }
}
