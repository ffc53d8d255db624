package io.mqharness.protocol.xml;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a body through the shared mapper's StAX reader, so that the prolog and the root element can
 * be checked before Jackson binds the document and the epilog after it.
 */
final class XmlReading {
  private final XmlMapper mapper;
  private final ClassValue<ObjectReader> readers;

  XmlReading(XmlMapper mapper) {
    this.mapper = mapper;
    this.readers =
        new ClassValue<>() {
          @Override
          protected ObjectReader computeValue(Class<?> type) {
            return mapper.readerFor(type);
          }
        };
  }

  <T> T read(byte[] xml, String rootName, Class<T> type) {
    XMLStreamReader reader = null;
    try {
      reader = openAtRoot(xml);
      if (!rootName.equals(reader.getLocalName())) {
        throw new MalformedXmlException(
            "Expected root element <" + rootName + "> but found <" + reader.getLocalName() + ">.");
      }
      T value = readers.get(type).readValue(mapper.getFactory().createParser(reader));
      // Jackson stops at the root's end tag; the rest must still be well-formed (no second root, no
      // junk).
      while (reader.hasNext()) {
        reader.next();
      }
      if (value == null) {
        throw new MalformedXmlException("Empty <" + rootName + "> document.");
      }
      return value;
    } catch (MalformedXmlException e) {
      throw e;
    } catch (Exception e) {
      throw new MalformedXmlException(
          "Body is not a well-formed <" + rootName + "> document: " + firstLine(e), e);
    } finally {
      closeQuietly(reader);
    }
  }

  String rootName(byte[] xml) {
    XMLStreamReader reader = null;
    try {
      reader = openAtRoot(xml);
      return reader.getLocalName();
    } catch (MalformedXmlException e) {
      throw e;
    } catch (Exception e) {
      throw new MalformedXmlException("Body is not well-formed XML: " + firstLine(e), e);
    } finally {
      closeQuietly(reader);
    }
  }

  private XMLStreamReader openAtRoot(byte[] xml) throws XMLStreamException {
    if (xml == null || xml.length == 0) {
      throw new MalformedXmlException("Body is empty.");
    }
    XMLStreamReader reader =
        mapper
            .getFactory()
            .getXMLInputFactory()
            .createXMLStreamReader(new ByteArrayInputStream(xml));
    while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
      if (reader.getEventType() == XMLStreamConstants.DTD) {
        throw new MalformedXmlException("A DOCTYPE is not allowed in a protocol body.");
      }
      reader.next();
    }
    return reader;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static void closeQuietly(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // nothing left to release for an in-memory body
    }
  }
}
