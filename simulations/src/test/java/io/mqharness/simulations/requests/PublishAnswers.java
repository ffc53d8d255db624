package io.mqharness.simulations.requests;

import io.mqharness.protocol.model.PublishResponse;
import io.mqharness.protocol.xml.ProtocolXml;
import java.nio.charset.StandardCharsets;

/**
 * Reads a publish answer (SPEC §4.3) without the protocol's XML parser when it is in the form the
 * service writes: an optional declaration, a {@code <Message>} root with at most an {@code xmlns}
 * attribute, then flat elements of printable ASCII text without spaces, markup or entities, and
 * nothing between them, e.g. {@code <Message
 * xmlns="..."><MessageId>..</MessageId><MessageBodyMD5>..</MessageBodyMD5></Message>}. Any other
 * answer (CDATA, prefixes, entities, nesting, an empty or repeated value, another root, a malformed
 * document) is left to {@link ProtocolXml#readPublishResponse}, which accepts or refuses it as
 * every other reader of the harness does.
 */
final class PublishAnswers {
  private static final byte[] DECLARATION_START = ascii("<?xml");
  private static final byte[] DECLARATION_END = ascii("?>");
  private static final byte[] ROOT = ascii("<Message");
  private static final byte[] XMLNS = ascii(" xmlns=\"");
  private static final byte[] ROOT_END = ascii("</Message>");
  private static final byte[] MESSAGE_ID = ascii("MessageId");
  private static final byte[] BODY_MD5 = ascii("MessageBodyMD5");
  private static final byte[] RECEIPT_HANDLE = ascii("ReceiptHandle");

  private PublishAnswers() {}

  /**
   * The answer's MessageId, MessageBodyMD5 and ReceiptHandle; a malformed answer throws as the
   * protocol's reader does.
   */
  static PublishResponse read(byte[] answer) {
    PublishResponse plain = readPlain(answer);
    return plain != null ? plain : ProtocolXml.readPublishResponse(answer);
  }

  /** The answer when it is in the service's own form, else null. */
  static PublishResponse readPlain(byte[] xml) {
    int at = 0;
    if (startsWith(xml, at, DECLARATION_START)) {
      at = indexOf(xml, DECLARATION_END, at);
      if (at < 0 || contains(xml, DECLARATION_START.length, at, (byte) '<')) {
        return null;
      }
      at += DECLARATION_END.length;
    }
    if (!startsWith(xml, at, ROOT)) {
      return null;
    }
    at += ROOT.length;
    if (startsWith(xml, at, XMLNS)) {
      int quote = indexOf(xml, (byte) '"', at + XMLNS.length);
      if (quote < 0
          || contains(xml, at + XMLNS.length, quote, (byte) '<')
          || contains(xml, at + XMLNS.length, quote, (byte) '&')) {
        return null;
      }
      at = quote + 1;
    }
    if (at >= xml.length || xml[at] != '>') {
      return null;
    }
    at++;
    String messageId = null;
    String bodyMd5 = null;
    String receiptHandle = null;
    while (!startsWith(xml, at, ROOT_END)) {
      // <Name>text</Name>, text without markup or entities
      if (at >= xml.length || xml[at] != '<') {
        return null;
      }
      int nameStart = at + 1;
      int nameEnd = nameStart;
      while (nameEnd < xml.length && isNameByte(xml[nameEnd])) {
        nameEnd++;
      }
      if (nameEnd == nameStart || nameEnd >= xml.length || xml[nameEnd] != '>') {
        return null;
      }
      int textStart = nameEnd + 1;
      int textEnd = textStart;
      while (textEnd < xml.length && isTextByte(xml[textEnd])) {
        textEnd++;
      }
      int closeEnd = textEnd + 2 + (nameEnd - nameStart) + 1;
      if (textEnd == textStart
          || closeEnd > xml.length
          || xml[textEnd] != '<'
          || xml[textEnd + 1] != '/'
          || !regionEquals(xml, textEnd + 2, xml, nameStart, nameEnd - nameStart)
          || xml[closeEnd - 1] != '>') {
        return null;
      }
      String text = new String(xml, textStart, textEnd - textStart, StandardCharsets.US_ASCII);
      if (isName(xml, nameStart, nameEnd, MESSAGE_ID)) {
        if (messageId != null) {
          return null;
        }
        messageId = text;
      } else if (isName(xml, nameStart, nameEnd, BODY_MD5)) {
        if (bodyMd5 != null) {
          return null;
        }
        bodyMd5 = text;
      } else if (isName(xml, nameStart, nameEnd, RECEIPT_HANDLE)) {
        if (receiptHandle != null) {
          return null;
        }
        receiptHandle = text;
      }
      at = closeEnd;
    }
    if (at + ROOT_END.length != xml.length || messageId == null || bodyMd5 == null) {
      return null;
    }
    return new PublishResponse(messageId, bodyMd5, receiptHandle);
  }

  /**
   * Text read as it is: printable ASCII without spaces, markup or entities (ids, digests and
   * handles are).
   */
  private static boolean isTextByte(byte b) {
    return b > ' ' && b < 0x7f && b != '<' && b != '>' && b != '&';
  }

  private static boolean isNameByte(byte b) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || (b >= '0' && b <= '9')
        || b == '_'
        || b == '-'
        || b == '.';
  }

  private static boolean isName(byte[] xml, int from, int to, byte[] name) {
    return to - from == name.length && regionEquals(xml, from, name, 0, name.length);
  }

  private static boolean startsWith(byte[] xml, int at, byte[] prefix) {
    return at + prefix.length <= xml.length && regionEquals(xml, at, prefix, 0, prefix.length);
  }

  private static boolean regionEquals(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
    return aFrom + length <= a.length
        && java.util.Arrays.equals(a, aFrom, aFrom + length, b, bFrom, bFrom + length);
  }

  private static boolean contains(byte[] xml, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (xml[i] == b) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] xml, byte b, int from) {
    for (int i = from; i < xml.length; i++) {
      if (xml[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] xml, byte[] needle, int from) {
    for (int i = from; i + needle.length <= xml.length; i++) {
      if (regionEquals(xml, i, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
