package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.protocol.sign.HttpDates;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Epic("Wire conformance")
@Feature("Headers")
class DateHeaderIsAnRfc1123GmtDateTest {
  @ClientScenario(spec = "§2.4, §3.2 step 2", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §2.4: Date is 'EEE, dd MMM yyyy HH:mm:ss GMT' with English names, in GMT, and close to the client's now.")
  void dateHeadersAreWellFormed(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(
            request -> {
              String date = WireWorkload.header(request, "Date");
              assertThat(date)
                  .as(WireWorkload.line(request))
                  .matches(
                      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
              Instant sent = HttpDates.parse(date).orElseThrow();
              assertThat(Duration.between(sent, Instant.now()).abs())
                  .isLessThan(Duration.ofMinutes(15));
            });
  }
}
