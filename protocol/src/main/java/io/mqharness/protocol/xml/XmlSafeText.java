package io.mqharness.protocol.xml;

/**
 * Free text for an {@code <Error>}'s {@code Message}, which often quotes the request (a topic name,
 * a query item, a property): characters XML 1.0 cannot carry at all, even escaped (controls other
 * than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired surrogates), are written as
 * {@code \}{@code uXXXX} instead, so the body stays a well-formed document every SDK can read (SPEC
 * §4.6). {@link ProtocolXml#writeErrorResponse} applies it.
 */
final class XmlSafeText {
  private XmlSafeText() {}

  static String of(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairedSurrogate =
          Character.isHighSurrogate(c)
                  && i + 1 < text.length()
                  && Character.isLowSurrogate(text.charAt(i + 1))
              || Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1));
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || c >= 0x20 && c <= 0xD7FF
              || c >= 0xE000 && c <= 0xFFFD
              || pairedSurrogate;
      if (!allowed && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (allowed) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04X", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
