package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.protocol.properties.MessagePropertiesCodec;
import io.mqharness.protocol.xml.ProtocolXml;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.util.List;

@Epic("Wire conformance")
@Feature("Message properties")
class PropertiesTravelAsKeyValuePairsTest {
  @ClientScenario(spec = "§5.1, §5.3", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §5.1/§5.3: Properties is the flat string k:v|k:v (trailing bar optional) with user keys and the system key KEYS for the message key; the tag travels in MessageTag.")
  void propertiesAreEncoded(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    LoggedRequest publish =
        requests.stream().filter(r -> WireWorkload.is(r, "POST")).findFirst().orElseThrow();
    var request = ProtocolXml.readPublishRequest(publish.getBody());
    assertThat(request.body()).isEqualTo("wire check <&>");
    assertThat(request.tag()).isEqualTo("TagA");
    assertThat(request.properties().asMap()).containsEntry("k", "v").containsEntry("KEYS", "key-1");
    String wire =
        publish
            .getBodyAsString()
            .replaceAll("(?s).*<Properties>(.*)</Properties>.*", "$1")
            .replace("<![CDATA[", "")
            .replace("]]>", "");
    assertThat(MessagePropertiesCodec.decodeStrict(wire).asMap()).containsEntry("k", "v");
  }
}
