package io.mqharness.protocol.xml;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.mqharness.protocol.model.HandleErrors;
import io.mqharness.protocol.model.Namespaces;
import java.util.ArrayList;
import java.util.List;

/** Per-handle failures {@code <Errors>} (SPEC §4.6, §7.3), in the slash namespace. */
@JacksonXmlRootElement(localName = "Errors", namespace = Namespaces.WITH_SLASH)
final class HandleErrorsXml {
  private final List<HandleErrorXml> errors = new ArrayList<>();

  static HandleErrorsXml from(HandleErrors model) {
    HandleErrorsXml xml = new HandleErrorsXml();
    model.errors().forEach(e -> xml.add(HandleErrorXml.from(e)));
    return xml;
  }

  @JacksonXmlElementWrapper(useWrapping = false)
  @JacksonXmlProperty(localName = "Error", namespace = Namespaces.WITH_SLASH)
  List<HandleErrorXml> getErrors() {
    return errors;
  }

  @JsonSetter("Error")
  void add(HandleErrorXml error) {
    if (error != null) {
      errors.add(error);
    }
  }

  HandleErrors toModel() {
    return new HandleErrors(errors.stream().map(HandleErrorXml::toModel).toList());
  }
}
