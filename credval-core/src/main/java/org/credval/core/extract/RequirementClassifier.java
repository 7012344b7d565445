package org.credval.core.extract;

import java.util.Map;

/**
 * Decides how strongly a posting asks for a credential it mentions: from cue phrases in the clause
 * around the mention, then in its sentence, then from the nearest heading above it in the section,
 * then from the section's own name, then from "valid"/"current" just before it; a mention nothing
 * speaks for is {@code mentioned}.
 *
 * <p>A credential listed as one of several with "or" ("CNA or HHA required", "a degree or a valid
 * CPA license") is an {@code alternative} where it would otherwise be {@code required}; an
 * alternative under a preferred heading is {@code preferred}.
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
    if (d.level() == Requirement.REQUIRED) {
      RequirementCues.Cue or = RequirementCues.orBefore(text, d.sentence().start, start);
      if (or == null) {
        or = RequirementCues.orAfter(text, end, d.sentence().end);
      }
      if (or != null) {
        return new Decision(Requirement.ALTERNATIVE, text.subSequence(or.start(), or.end()).toString(), d.sentence());
      }
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
    String heading = null;
    boolean headingLooked = false;
    if (cue != null && cue.level() == Requirement.ALTERNATIVE) {
      // "PMP, PgMP or equivalent" under "Preferred Qualifications": one of several wanted, not demanded.
      heading = SectionLayout.headingAbove(text, sentenceStart, RequirementCues::isHeadingPhrase, headings);
      headingLooked = true;
      String under = heading != null ? heading : field;
      if (RequirementCues.forHeading(under) == Requirement.PREFERRED) {
        return new Decision(Requirement.PREFERRED, (heading != null ? HEADING : SECTION) + under, sentence);
      }
    }
    if (cue != null) {
      return new Decision(cue.level(), text.subSequence(cue.start(), cue.end()).toString(), sentence);
    }
    if (!headingLooked) {
      heading = SectionLayout.headingAbove(text, sentenceStart, RequirementCues::isHeadingPhrase, headings);
    }
    // A heading or section that asks for something decides before "valid"/"current" does; one
    // that only describes ("Responsibilities") decides after it.
    Requirement byHeading = heading != null ? RequirementCues.forHeading(heading) : null;
    Requirement bySection = heading == null ? RequirementCues.forHeading(field) : null;
    if (byHeading != null && byHeading != Requirement.MENTIONED) {
      return new Decision(byHeading, HEADING + heading, sentence);
    }
    if (bySection != null && bySection != Requirement.MENTIONED) {
      return new Decision(bySection, SECTION + field, sentence);
    }
    RequirementCues.Cue held = RequirementCues.held(text, sentenceStart, start);
    if (held != null) {
      return new Decision(held.level(), text.subSequence(held.start(), held.end()).toString(), sentence);
    }
    if (byHeading != null) {
      return new Decision(byHeading, HEADING + heading, sentence);
    }
    if (bySection != null) {
      return new Decision(bySection, SECTION + field, sentence);
    }
    return new Decision(Requirement.MENTIONED, null, sentence);
  }
}
