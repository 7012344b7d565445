package org.credval.app.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.credval.app.demand.web.Excerpt.CueKind;
import org.credval.app.demand.web.Excerpt.Kind;
import org.credval.app.demand.web.Excerpt.Part;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  private static String render(Excerpt e) {
    return e.parts().stream().map(p -> switch (p.kind()) {
      case MATCH -> "[" + p.text() + "]";
      case CUE -> "{" + p.text() + "}";
      default -> p.text();
    }).collect(Collectors.joining());
  }

  private static Excerpt around(String text, String match, String cue) {
    int start = text.indexOf(match);
    return Excerpt.around(text, start, start + match.length(), match, cue);
  }

  @Test
  void marksTheMatchAndTheCuePhraseNearestToIt() {
    String text = "Benefits are required by law. A valid CDL Class A is required for this role.";
    Excerpt e = around(text, "CDL Class A", "required");

    assertThat(render(e)).isEqualTo("Benefits are required by law. A valid [CDL Class A] is {required} for this role.");
    assertThat(e.cueKind()).isEqualTo(CueKind.PHRASE);
    assertThat(e.cueShown()).isTrue();
  }

  @Test
  void marksACueBeforeTheMatchAndIgnoresCase() {
    Excerpt e = around("Preferred: OSHA-10 card and a forklift license.", "OSHA-10", "preferred");

    assertThat(render(e)).isEqualTo("{Preferred}: [OSHA-10] card and a forklift license.");
  }

  @Test
  void cutsLongTextAtWordBoundariesAndShowsGaps() {
    String before = "lorem ipsum ".repeat(40);
    String after = " dolor sit amet".repeat(40);
    String text = before + "Must hold a CNA certificate." + after;
    Excerpt e = around(text, "CNA", "Must hold");

    List<Part> parts = e.parts();
    assertThat(parts.get(0).kind()).isEqualTo(Kind.GAP);
    assertThat(parts.get(parts.size() - 1).kind()).isEqualTo(Kind.GAP);
    String shown = render(e);
    assertThat(shown).contains("{Must hold} a [CNA] certificate.");
    String firstText = parts.get(1).text();
    assertThat(firstText).matches("(lorem|ipsum) .*").hasSizeLessThan(Excerpt.CONTEXT + 30);
    assertThat(shown.length()).isLessThan(2 * Excerpt.CONTEXT + 120);
  }

  @Test
  void showsAFarHeadingAsItsOwnPieceWithAGapBetween() {
    String text = "Preferred Qualifications\n" + "The team works on many things. ".repeat(20)
        + "Experience with AWS certification helps.";
    Excerpt e = around(text, "AWS certification", "heading:Preferred Qualifications");

    assertThat(e.cueKind()).isEqualTo(CueKind.HEADING);
    assertThat(e.cueText()).isEqualTo("Preferred Qualifications");
    assertThat(e.cueShown()).isTrue();
    List<Kind> kinds = e.parts().stream().map(Part::kind).toList();
    assertThat(kinds.get(0)).isEqualTo(Kind.CUE);
    assertThat(kinds).containsSubsequence(Kind.CUE, Kind.TEXT, Kind.GAP, Kind.TEXT, Kind.MATCH);
  }

  @Test
  void sectionAndStructuredCuesAreNamedNotMarked() {
    Excerpt bySection = around("Forklift certification.", "Forklift certification", "section:preferred_skills");
    assertThat(bySection.cueKind()).isEqualTo(CueKind.SECTION);
    assertThat(bySection.cueText()).isEqualTo("preferred_skills");
    assertThat(bySection.cueShown()).isFalse();
    assertThat(render(bySection)).isEqualTo("[Forklift certification].");

    Excerpt none = around("We pay for your CDL.", "CDL", null);
    assertThat(none.cueKind()).isEqualTo(CueKind.NONE);
    assertThat(none.cueText()).isNull();
  }

  @Test
  void keepsMarkupAsPlainTextAndCollapsesWhitespace() {
    String text = "<b>RN</b>\n\n  license <script>alert(1)</script> required";
    Excerpt e = around(text, "RN", "required");

    assertThat(render(e)).isEqualTo("<b>[RN]</b> license <script>alert(1)</script> {required}");
  }

  @Test
  void findsTheMatchedTextWhenTheOffsetsNoLongerFit() {
    Excerpt e = Excerpt.around("Security+ preferred.", 40, 49, "Security+", "preferred");
    assertThat(render(e)).isEqualTo("[Security+] {preferred}.");

    Excerpt lost = Excerpt.around("other text", 40, 49, "Security+", "preferred");
    assertThat(render(lost)).isEqualTo("[Security+]");
    assertThat(lost.cueShown()).isFalse();
  }

  @Test
  void marksTheCueOnlyAsAWholeWord() {
    Excerpt e = around("accounting work; or 2. A valid New York State CPA license.", "CPA license", "or");
    assertThat(render(e)).isEqualTo("accounting work; {or} 2. A valid New York State [CPA license].");
  }

  @Test
  void doesNotMarkACueThatOverlapsTheMatch() {
    Excerpt e = around("CDL required. More text.", "CDL", "CDL required");
    assertThat(render(e)).isEqualTo("[CDL] required. More text.");
    assertThat(e.cueShown()).isFalse();
  }
}
