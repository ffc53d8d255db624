package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.ConsumedMessages;
import io.mqharness.protocol.model.Namespaces;
import java.util.ArrayList;
import java.util.List;

/**
 * Consume response {@code <Messages>} (SPEC §4.4). A class with an adder rather than a record:
 * Jackson then reads one {@code <Message>} as a one-element list and keeps messages separated by
 * unknown elements.
 */
@JacksonXmlRootElement(localName = "Messages", namespace = Namespaces.WITH_SLASH)
final class ConsumedMessagesXml {
  private final List<ConsumedMessageXml> messages = new ArrayList<>();

  static ConsumedMessagesXml from(ConsumedMessages model) {
    ConsumedMessagesXml xml = new ConsumedMessagesXml();
    model.messages().forEach(m -> xml.add(ConsumedMessageXml.from(m)));
    return xml;
  }

  @JacksonXmlElementWrapper(useWrapping = false)
  @JacksonXmlProperty(localName = "Message", namespace = Namespaces.WITH_SLASH)
  List<ConsumedMessageXml> getMessages() {
    return messages;
  }

  @JsonSetter("Message")
  void add(ConsumedMessageXml message) {
    if (message != null) {
      messages.add(message);
    }
  }

  ConsumedMessages toModel() {
    return new ConsumedMessages(messages.stream().map(ConsumedMessageXml::toModel).toList());
  }
}
