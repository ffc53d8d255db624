package io.mqharness.reports.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupAndQuotesBecomeText() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void aLinkEscapesItsHrefAndText() {
    assertThat(Html.link("a\"b.html", "<x>", "c"))
        .isEqualTo("<a class=\"c\" href=\"a&quot;b.html\">&lt;x&gt;</a>");
  }
}
