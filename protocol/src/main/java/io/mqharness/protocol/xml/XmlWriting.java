package io.mqharness.protocol.xml;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a body as the service does: double-quoted declaration, then the document without
 * whitespace.
 */
final class XmlWriting {
  // Woodstox writes the declaration with single quotes; the service uses double quotes (SPEC §4.3).
  private static final byte[] DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8);

  private final ClassValue<ObjectWriter> writers;

  XmlWriting(XmlMapper mapper) {
    this.writers =
        new ClassValue<>() {
          @Override
          protected ObjectWriter computeValue(Class<?> type) {
            return mapper.writerFor(type);
          }
        };
  }

  byte[] write(Object document) {
    return write(document, true);
  }

  byte[] write(Object document, boolean declaration) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try {
      if (declaration) {
        out.write(DECLARATION);
      }
      writers.get(document.getClass()).writeValue(out, document);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + document.getClass().getSimpleName(), e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a request document (declared in the slash namespace) in another namespace. Only the root
   * start tag carries {@code xmlns}, and it is the first occurrence because it precedes every
   * escaped value.
   */
  byte[] writeRequest(Object document, RequestNamespace namespace) {
    byte[] written = write(document, namespace != RequestNamespace.NONE);
    if (namespace == RequestNamespace.WITH_SLASH) {
      return written;
    }
    String text = new String(written, StandardCharsets.UTF_8);
    String declared = " xmlns=\"" + RequestNamespace.WITH_SLASH.uri() + "\"";
    String replacement =
        namespace == RequestNamespace.NONE ? "" : " xmlns=\"" + namespace.uri() + "\"";
    int at = text.indexOf(declared);
    return (text.substring(0, at) + replacement + text.substring(at + declared.length()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
