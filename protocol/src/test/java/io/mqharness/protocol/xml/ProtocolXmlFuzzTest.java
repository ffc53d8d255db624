package io.mqharness.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.ErrorResponse;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.PublishRequest;
import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.model.ReceiptHandles;
import io.mqharness.protocol.properties.InvalidPropertyException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of every body reader (SPEC §4): the server's readers of publish and ack /
 * commit / rollback bodies, and the client's readers of the service's answers. Each gets raw bytes
 * and may refuse them only with its declared error: {@link MalformedXmlException} (the protocol's
 * {@code MalformedXML}), and for a publish also {@link InvalidPropertyException} ({@code
 * InvalidArgument}). What a reader accepts must survive being written and read again unchanged, so
 * no accepted input loses data on the way through. Each input has 10 s.
 *
 * <p>Kept inputs: {@code
 * src/test/resources/io/mqharness/protocol/xml/ProtocolXmlFuzzTestInputs/<method>/}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ProtocolXmlFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void publishRequest(byte[] body) {
    PublishRequest read;
    try {
      read = ProtocolXml.readPublishRequest(body);
    } catch (MalformedXmlException | InvalidPropertyException declared) {
      return;
    }

    assertThat(ProtocolXml.readPublishRequest(ProtocolXml.writePublishRequest(read)))
        .isEqualTo(read);
  }

  @FuzzTest(maxDuration = "5m")
  void receiptHandles(byte[] body) {
    ReceiptHandles read;
    try {
      read = ProtocolXml.readReceiptHandles(body);
    } catch (MalformedXmlException declared) {
      return;
    }

    assertThat(read.handles()).doesNotContainNull();
    assertThat(ProtocolXml.readReceiptHandles(ProtocolXml.writeReceiptHandles(read)))
        .isEqualTo(read);
  }

  @FuzzTest(maxDuration = "5m")
  void consumedMessages(byte[] body) {
    ConsumedMessages read;
    try {
      read = ProtocolXml.readConsumedMessages(body);
    } catch (MalformedXmlException declared) {
      return;
    }

    if (!read.messages().isEmpty()) {
      assertThat(ProtocolXml.readConsumedMessages(ProtocolXml.writeConsumedMessages(read)))
          .isEqualTo(read);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void publishResponse(byte[] body) {
    PublishResponse read;
    try {
      read = ProtocolXml.readPublishResponse(body);
    } catch (MalformedXmlException declared) {
      return;
    }

    assertThat(ProtocolXml.readPublishResponse(ProtocolXml.writePublishResponse(read)))
        .isEqualTo(read);
  }

  @FuzzTest(maxDuration = "5m")
  void errorResponse(byte[] body) {
    ErrorResponse read;
    try {
      read = ProtocolXml.readErrorResponse(body);
    } catch (MalformedXmlException declared) {
      return;
    }

    assertThat(read.code()).isNotEmpty();
    assertThat(ProtocolXml.readErrorResponse(ProtocolXml.writeErrorResponse(read))).isEqualTo(read);
  }

  @FuzzTest(maxDuration = "5m")
  void handleErrors(byte[] body) {
    String root;
    try {
      root = ProtocolXml.rootElementName(body);
    } catch (MalformedXmlException declared) {
      return;
    }
    assertThat(root).isNotEmpty();

    HandleErrors read;
    try {
      read = ProtocolXml.readHandleErrors(body);
    } catch (MalformedXmlException declared) {
      return;
    }

    assertThat(root).isEqualTo("Errors");
    assertThat(ProtocolXml.readHandleErrors(ProtocolXml.writeHandleErrors(read))).isEqualTo(read);
  }
}
