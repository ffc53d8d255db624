package io.mqharness.protocol.xml;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import org.codehaus.stax2.io.EscapingWriterFactory;

/**
 * Escapes element text as SPEC §4.1 asks: {@code &}, {@code <} and {@code >} always (Woodstox alone
 * leaves most {@code >} as is), and carriage return as a character reference so that it survives
 * parsing.
 */
final class TextEscaping implements EscapingWriterFactory {

  @Override
  public Writer createEscapingWriterFor(Writer out, String encoding) {
    return new EscapingWriter(out);
  }

  @Override
  public Writer createEscapingWriterFor(OutputStream out, String encoding)
      throws UnsupportedEncodingException {
    return new EscapingWriter(new OutputStreamWriter(out, encoding == null ? "UTF-8" : encoding));
  }

  private static final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '\r' -> out.write("&#13;");
        default -> out.write(c);
      }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(chars[i]);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        write(text.charAt(i));
      }
    }
  }
}
