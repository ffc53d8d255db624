package io.mqharness.reports.page;

/** Everything that reaches the page from an input goes through {@link #escape}. */
public final class Html {

  private Html() {}

  public static String escape(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  public static String link(String href, String text, String cssClass) {
    return "<a class=\""
        + escape(cssClass)
        + "\" href=\""
        + escape(href)
        + "\">"
        + escape(text)
        + "</a>";
  }

  /** The plain line a missing input gets instead of a link. */
  public static String notRunYet(String what) {
    return "<p class=\"not-run\">" + escape(what) + ": not run yet</p>";
  }
}
