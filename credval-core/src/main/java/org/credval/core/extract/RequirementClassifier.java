package org.credval.core.extract;

/**
 * Decides how strongly a posting asks for a credential it mentions: from cue phrases in the clause
 * around the mention, then in its sentence, then from the nearest heading above it in the section,
 * then from the section's own name; a mention nothing speaks for is {@code mentioned}.
 *
 * <p>A credential listed as one of several with "or" ("CNA or HHA required") is an
 * {@code alternative} where it would otherwise be {@code required}.
 */
final class RequirementClassifier {

  /** A level and the text that decided it (see {@link Mention#cue()}). */
  record Decision(Requirement level, String cue) {}

  private static final String SECTION = "section:";
  private static final String HEADING = "heading:";

  /**
   * @param field the section's field name
   * @param text the section's text
   * @param start the mention's start in {@code text}
   * @param end the mention's end in {@code text}
   * @param alternation the "or" joining this mention to another credential, or null
   */
  Decision classify(String field, CharSequence text, int start, int end, String alternation) {
    Decision d = decide(field, text, start, end);
    if (alternation != null && d.level() == Requirement.REQUIRED) {
      return new Decision(Requirement.ALTERNATIVE, alternation);
    }
    return d;
  }

  private Decision decide(String field, CharSequence text, int start, int end) {
    int sentenceStart = SectionLayout.sentenceStart(text, start);
    int sentenceEnd = SectionLayout.sentenceEnd(text, end);
    int clauseStart = SectionLayout.clauseStart(text, start, sentenceStart);
    int clauseEnd = SectionLayout.clauseEnd(text, end, sentenceEnd);
    RequirementCues.Cue cue = RequirementCues.find(text, clauseStart, clauseEnd, start, end);
    if (cue == null) {
      cue = RequirementCues.find(text, sentenceStart, sentenceEnd, start, end);
    }
    if (cue != null) {
      return new Decision(cue.level(), text.subSequence(cue.start(), cue.end()).toString());
    }
    String heading = SectionLayout.headingAbove(text, sentenceStart, RequirementCues::isHeadingPhrase);
    if (heading != null) {
      return new Decision(RequirementCues.forHeading(heading), HEADING + heading);
    }
    Requirement bySection = RequirementCues.forHeading(field);
    if (bySection != null) {
      return new Decision(bySection, SECTION + field);
    }
    return new Decision(Requirement.MENTIONED, null);
  }
}
