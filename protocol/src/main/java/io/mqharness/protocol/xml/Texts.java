package io.mqharness.protocol.xml;

/** Conversions between element text and model values. */
final class Texts {
  private Texts() {}

  static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  static String required(String text, String element) {
    if (text == null) {
      throw new MalformedXmlException("Element <" + element + "> is missing.");
    }
    return text;
  }

  static String requiredNonEmpty(String text, String element) {
    if (required(text, element).isEmpty()) {
      throw new MalformedXmlException("Element <" + element + "> is empty.");
    }
    return text;
  }

  static long requiredLong(String text, String element) {
    try {
      return Long.parseLong(requiredNonEmpty(text, element).trim());
    } catch (NumberFormatException e) {
      throw new MalformedXmlException(
          "Element <" + element + "> is not a whole number: \"" + text + "\".", e);
    }
  }

  static int requiredInt(String text, String element) {
    long value = requiredLong(text, element);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new MalformedXmlException("Element <" + element + "> is out of range: " + value + ".");
    }
    return (int) value;
  }
}
