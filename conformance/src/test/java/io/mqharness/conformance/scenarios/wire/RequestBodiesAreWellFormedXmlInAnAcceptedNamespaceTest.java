package io.mqharness.conformance.scenarios.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqharness.conformance.adapter.MqClientAdapter;
import io.mqharness.conformance.support.scenario.ClientScenario;
import io.mqharness.conformance.support.scenario.TargetControl;
import io.mqharness.conformance.support.scenario.TargetFeature;
import io.mqharness.protocol.model.Namespaces;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

@Epic("Wire conformance")
@Feature("XML bodies")
class RequestBodiesAreWellFormedXmlInAnAcceptedNamespaceTest {
  @ClientScenario(spec = "§4.1, §4.2, §4.5", needs = TargetFeature.REQUEST_JOURNAL)
  @Description(
      "SPEC §4.1/§4.2/§4.5: publish bodies are well-formed XML with root Message and a MessageBody; ack, commit and rollback bodies have root ReceiptHandles; the namespace is http://mq.aliyuncs.com/doc/v1, .../v1/ or none.")
  void bodiesParse(MqClientAdapter client, TargetControl target) {
    // when
    List<LoggedRequest> requests = WireWorkload.exercise(client, target);
    // then
    assertThat(requests)
        .filteredOn(r -> !WireWorkload.is(r, "GET"))
        .isNotEmpty()
        .allSatisfy(
            request -> {
              Element root = parse(request.getBody());
              assertThat(root.getNamespaceURI())
                  .as(WireWorkload.line(request))
                  .isIn(Namespaces.WITHOUT_SLASH, Namespaces.WITH_SLASH, null);
              if (WireWorkload.is(request, "POST")) {
                assertThat(root.getLocalName()).isEqualTo("Message");
                assertThat(root.getElementsByTagNameNS("*", "MessageBody").getLength())
                    .isEqualTo(1);
              } else {
                assertThat(root.getLocalName()).isEqualTo("ReceiptHandles");
                assertThat(root.getElementsByTagNameNS("*", "ReceiptHandle").getLength())
                    .isBetween(1, 16);
              }
            });
  }

  private static Element parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
  }
}
