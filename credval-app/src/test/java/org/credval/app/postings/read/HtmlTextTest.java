package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void keepsLineBreaksForParagraphsBreaksAndListItems() {
    String html = "<div><p>Duties:</p><ul><li>Drive a forklift</li><li>Load trucks</li></ul>Line one<br>Line two</div>";
    assertThat(HtmlText.toText(html)).isEqualTo("Duties:\n\n• Drive a forklift\n• Load trucks\nLine one\nLine two");
  }

  @Test
  void decodesNamedAndNumericEntities() {
    assertThat(HtmlText.toText("<p>Tom&#39;s &amp; Jerry&rsquo;s &#x2022; caf&eacute;&nbsp;OK</p>"))
        .isEqualTo("Tom's & Jerry’s • café OK");
  }

  @Test
  void dropsScriptsStylesAndComments() {
    assertThat(HtmlText.toText("<style>p{}</style><script>x()</script><!-- note --><p>Text</p>")).isEqualTo("Text");
  }

  @Test
  void readsMarkupEscapedOnceTooOften() {
    String feed = "&lt;h3&gt;&lt;strong&gt;Preferred qualifications&lt;/strong&gt;&lt;/h3&gt;\n&lt;ul&gt;\n"
        + "&lt;li style=&quot;font-weight: 400;&quot;&gt;CPR certification&amp;nbsp;&lt;/li&gt;\n&lt;/ul&gt;";
    assertThat(HtmlText.toText(feed)).isEqualTo("Preferred qualifications\n\n• CPR certification");
  }

  @Test
  void keepsAnEscapedLessThanThatIsNoTag() {
    assertThat(HtmlText.toText("<p>Lift &lt; 50 lbs</p>")).isEqualTo("Lift < 50 lbs");
  }

  @Test
  void leavesPlainTextUnchanged() {
    String plain = "Must hold a CDL.\n\n  Class A preferred.";
    assertThat(HtmlText.toText(plain)).isSameAs(plain);
  }
}
