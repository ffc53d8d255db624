package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.protocol.sign.SignatureVerifier;
import io.mqharness.protocol.sign.VerificationResult;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;
import java.util.Optional;

@Epic("Wire conformance")
@Feature("Signature")
class EveryRequestCarriesAValidSignatureTest {
  @ClientScenario(spec = "§3.1, §3.2", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §3: every request has Authorization 'MQ id:signature' with the HMAC-SHA1 over the canonical string of the request exactly as received.")
  void signaturesVerify(MqClientAdapter client, TargetControl target) {
    // given
    var endpoint = target.endpoint();
    SignatureVerifier verifier =
        new SignatureVerifier(
            id ->
                id.equals(endpoint.accessKeyId())
                    ? Optional.of(endpoint.accessKeySecret())
                    : Optional.empty());
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .isNotEmpty()
        .allSatisfy(
            request ->
                assertThat(
                        verifier.verify(
                            request.getMethod().value(),
                            request.getUrl(),
                            name -> WireWorkload.header(request, name)))
                    .as(WireWorkload.line(request))
                    .isInstanceOf(VerificationResult.Verified.class));
  }
}
