package org.credval.core.extract;

import java.util.Map;

/**
 * Decides how strongly a posting asks for a credential it mentions: from cue phrases in the clause
 * around the mention, then in its sentence, then from the nearest heading above it in the section,
 * then from the section's own name; a mention nothing speaks for is {@code mentioned}.
 *
 * <p>A credential listed as one of several with "or" ("CNA or HHA required") is an
 * {@code alternative} where it would otherwise be {@code required}.
 */
final class RequirementClassifier {

  /**
   * A level and the text that decided it (see {@link Mention#cue()}), with the sentence's cues for
   * reuse by the next mention.
   */
  record Decision(Requirement level, String cue, RequirementCues.SentenceCues sentence) {}

  private static final String SECTION = "section:";
  private static final String HEADING = "heading:";

  /**
   * @param field the section's field name
   * @param text the section's text
   * @param start the mention's start in {@code text}
   * @param end the mention's end in {@code text}
   * @param alternation the "or" joining this mention to another credential, or null
   * @param memo the previous decision's {@link Decision#sentence()}, reused when this mention sits
   *     in the same sentence; null for the first mention of a section
   * @param headings the headings found so far in this section, by line start; one map per section
   */
  Decision classify(String field, CharSequence text, int start, int end, String alternation,
      RequirementCues.SentenceCues memo, Map<Integer, String> headings) {
    Decision d = decide(field, text, start, end, memo, headings);
    if (alternation != null && d.level() == Requirement.REQUIRED) {
      return new Decision(Requirement.ALTERNATIVE, alternation, d.sentence());
    }
    return d;
  }

  private Decision decide(String field, CharSequence text, int start, int end, RequirementCues.SentenceCues memo,
      Map<Integer, String> headings) {
    int sentenceStart = SectionLayout.sentenceStart(text, start);
    int sentenceEnd = SectionLayout.sentenceEnd(text, end);
    int clauseStart = SectionLayout.clauseStart(text, start, sentenceStart);
    int clauseEnd = SectionLayout.clauseEnd(text, end, sentenceEnd);
    RequirementCues.SentenceCues sentence = memo != null && memo.text == text && memo.start == sentenceStart
        && memo.end == sentenceEnd ? memo : new RequirementCues.SentenceCues(text, sentenceStart, sentenceEnd);
    RequirementCues.Cue cue = RequirementCues.find(sentence, clauseStart, clauseEnd, start, end);
    if (cue != null) {
      return new Decision(cue.level(), text.subSequence(cue.start(), cue.end()).toString(), sentence);
    }
    String heading = SectionLayout.headingAbove(text, sentenceStart, RequirementCues::isHeadingPhrase, headings);
    if (heading != null) {
      return new Decision(RequirementCues.forHeading(heading), HEADING + heading, sentence);
    }
    Requirement bySection = RequirementCues.forHeading(field);
    if (bySection != null) {
      return new Decision(bySection, SECTION + field, sentence);
    }
    return new Decision(Requirement.MENTIONED, null, sentence);
  }
}
