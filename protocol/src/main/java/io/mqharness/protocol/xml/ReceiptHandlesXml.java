package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.Namespaces;
import io.mqharness.protocol.model.ReceiptHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * Ack / commit / rollback request {@code <ReceiptHandles>} (SPEC §4.5); may hold no handle on the
 * wire. Every {@code <ReceiptHandle>} element is one entry, an empty one included, so that a server
 * accounts for each (§7.3).
 */
@JacksonXmlRootElement(localName = "ReceiptHandles", namespace = Namespaces.WITH_SLASH)
final class ReceiptHandlesXml {
  private final List<String> handles = new ArrayList<>();

  static ReceiptHandlesXml from(ReceiptHandles model) {
    ReceiptHandlesXml xml = new ReceiptHandlesXml();
    model.handles().forEach(xml::add);
    return xml;
  }

  @JacksonXmlElementWrapper(useWrapping = false)
  @JacksonXmlProperty(localName = "ReceiptHandle", namespace = Namespaces.WITH_SLASH)
  List<String> getHandles() {
    return handles;
  }

  /** An empty {@code <ReceiptHandle/>} is an entry too: the empty string. */
  @JsonSetter("ReceiptHandle")
  void add(String handle) {
    handles.add(handle == null ? "" : handle);
  }

  ReceiptHandles toModel() {
    return new ReceiptHandles(handles);
  }
}
