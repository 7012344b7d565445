package org.credval.core.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases that decide a requirement level, in the order they are tried: a negation beats an
 * offer of training, which beats a deadline after hire, which beats "preferred", which beats "or
 * equivalent", which beats "must". A weaker cue in the same clause is usually the stronger one's
 * object ("must obtain within 90 days", "required: one of the following"), so order matters more
 * than position.
 */
final class RequirementCues {

  record Cue(Requirement level, int start, int end) {}

  private static final String NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
      + "eighteen|twenty[- ]?four|thirty|sixty|ninety)";

  private static final Pattern NEGATED = words("not (?:be )?(?:required|necessary|needed|a requirement)|"
      + "do(?:es)? not (?:need|require)|don'?t need|doesn'?t need|isn'?t required|no need for");
  private static final Pattern NO_BEFORE = Pattern.compile("\\bno\\b[^.;,]{0,30}$", Pattern.CASE_INSENSITIVE);
  /** "Although not required, ...", "While not necessary, ...": a sentence that opens by saying what follows is not asked for. */
  private static final Pattern NEGATED_OPENING = Pattern.compile("[\\s*•\\-]*(?:although|though|while|even though|"
      + "if)\\s+(?:it\\s+is\\s+|they\\s+are\\s+)?not\\s+(?:required|necessary|needed|mandatory)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REQUIRED_AFTER = words("required|needed|necessary|needed to apply");
  private static final Pattern MENTIONED = words("we (?:will )?(?:pay|provide|offer|sponsor|cover|reimburse)\\w*|"
      + "will (?:pay|train)\\w*|paid (?:training|for)|training (?:is |will be )?(?:provided|available|offered)|"
      + "provides? (?:\\w+ )?training|tuition|reimburs\\w*|sponsor\\w*|opportunit(?:y|ies) to (?:earn|obtain|get)|"
      + "help you (?:earn|get|obtain)|at no cost|free of charge|company[- ]paid|we train|"
      + "(?:earn|get) your ");
  private static final Pattern REQUIRED_LATER = words("within (?:the )?(?:first |initial )?" + NUMBER
      + "(?: ?\\(\\d+\\))?[- ](?:calendar |business )?(?:days?|weeks?|months?|mos?|years?|yrs?)|obtain|acquire|achieve|"
      + "prior to (?:the )?(?:completion|end) of|(?:before|by) the end of (?:the )?\\w+ (?:period|probation)|"
      + "(?:before|by) (?:the )?end of (?:the )?(?:orientation|probation\\w*)|during (?:the )?(?:orientation|probation\\w*)|"
      + "upon completion of (?:the )?(?:training|probation\\w*|academy)|after (?:hire|employment)|"
      + "within (?:the )?(?:first|initial) (?:year|month)|(?:license|licensure|certification)[- ]eligible|"
      + "or eligib(?:le|ility)|eligib(?:le|ility) (?:to|for) (?:obtain|sit|take|licensure|certification)|"
      + "(?:mandatory|required|annual) training|training requirements?");
  private static final Pattern PREFERRED = words("preferred|preferably|preference|(?:a|big|huge|strong|major|definite) plus|"
      + "desired|desirable|nice[- ]to[- ]haves?|would be (?:a )?(?:plus|great|ideal|nice)|bonus points|a bonus|ideally|advantageous|an asset|"
      + "helpful|beneficial|(?:an added|an|added) advantage|good to have|stand out");
  private static final Pattern ALTERNATIVE = words("or (?:an? )?(?:[\\w+-]+ ){0,3}equivalent|"
      + "(?:aha|american heart association)\\)? or (?:the )?(?:american )?red cross|"
      + "red cross or (?:the )?(?:aha|american heart association)|(?:candidates|applicants) other than|equivalent (?:certification|license|"
      + "credential)|(?:one|any)(?: or (?:more|all))? of the following|any one of|either|in lieu of|instead of|"
      + "substitut\\w+|may (?:also |alternatively )?(?:possess|hold|have)|or (?:a )?comparable|or similar");
  private static final Pattern REQUIRED = words("must|required|requires?|requirements?|mandatory|needed|minimum|"
      + "(?:is|are|be) necessary|essential|shall|minimum qualifications?|qualifications required|conditions? of employment|"
      + "possess(?:es)?|possession of|selective placement factor|maintains? (?:an? )?(?:current|active|valid)");
  /** "Valid CDL", "current, unrestricted RN license": a credential one holds, so one that is asked for. */
  private static final Pattern HELD = Pattern.compile(
      "\\b(?:valid|current|active|unrestricted)\\b[\\w\\s,'\u2019()*-]{0,30}$", Pattern.CASE_INSENSITIVE);
  /** A credential-like acronym ("ACLS", "CDL-A") inside a parenthesis. */
  private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d]+\\b");
  /** Cue words that close an item ("BSN preferred"), unlike verbs that open one ("must obtain BLS"). */
  private static final Pattern ITEM_FINAL = Pattern.compile("required|preferred|desired|needed|mandatory|a plus");
  private static final Pattern OR_AFTER = Pattern.compile("(?:\\s+(?i:certification|certificate|license|card))?"
      + "\\s*,?\\s+(or)\\s+(?:an?\\s+)?\\p{Lu}[\\p{Lu}\\d]{1,6}(?:-\\p{Lu}+)?\\b");
  private static final Pattern OR = Pattern.compile("\\bor\\b", Pattern.CASE_INSENSITIVE);
  private static final int MAX_OR_LATER = 80;
  /** Words between a mention and a later colon for the colon to open a list of its own. */
  private static final int MIN_WORDS_BEFORE_COLON = 4;
  /** "or" then only articles, list numbers, "valid"/"current", or capitalized words (a state, an issuer). */
  private static final Pattern OR_BEFORE = Pattern.compile("\\b(?i:or)\\s+(?:\\(?\\d{1,2}[.)]\\s+)?"
      + "(?:(?:(?i:an?|the|valid|current|active|unrestricted)|\\p{Lu}[\\p{L}.']*),?\\s+){0,5}$");
  private static final Pattern OTHERS = Pattern.compile("\\b((?:under the (?:direct |general |clinical )?"
      + "(?:direction|supervision|guidance|delegation) of|supervised by|delegat\\w+ (?:by|from)|reports? to|reporting to|"
      + "notif(?:y|ies)|collaborat\\w+ with|in collaboration with|guidance to|supervis(?:es|ing)|assists?))\\s+"
      + "(?:(?:an?|the|other|licensed|charge|staff|supervising|attending|and|or|your)\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONDITIONAL = Pattern.compile("\\bto be (?:appointed|assigned|eligible|considered|"
      + "promoted)\\b[^.;]{0,80}?\\b(?:assignment )?level\\s+(?:I{1,3}|IV|V|[1-9])\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORWARD_HEADING = Pattern.compile("\\s*(?:education|qualifications?|skills|experience|"
      + "licens\\w*|certifications?|requirements?|knowledge)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING_REQUIRED = words("qualifications?|requirements?|what you(?:'ll)? need|"
      + "what you bring|must haves?|who you are|education|licensure|licenses|certifications?|credentials?|skills|"
      + "what it takes|you have|you(?:'ll)? need|looking for|ideal candidate");
  private static final Pattern HEADING_NEUTRAL = words("benefits|perks|we offer|what we offer|why join|"
      + "compensation|responsibilities|duties|what you(?:'ll)? do|about|overview|summary|description");

  private RequirementCues() {}

  private static final Requirement[] BY_PRIORITY = {Requirement.MENTIONED, Requirement.REQUIRED_LATER,
    Requirement.PREFERRED, Requirement.ALTERNATIVE, Requirement.REQUIRED};

  /** The cue patterns of {@link #BY_PRIORITY}, found together in one pass over a sentence. */
  private static final CueScanner SENTENCE_SCANNER = new CueScanner(
      java.util.Arrays.stream(BY_PRIORITY).map(RequirementCues::pattern).toArray(Pattern[]::new));

  /** Every cue of every level in one sentence, found once however many mentions it holds. */
  static final class SentenceCues {
    final CharSequence text;
    final int start;
    final int end;
    private final int[][] spans = new int[BY_PRIORITY.length][];

    SentenceCues(CharSequence text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
      int[][] found = SENTENCE_SCANNER.findAll(text, start, end);
      System.arraycopy(found, 0, spans, 0, spans.length);
    }

    /**
     * Whether a lower-case cue closes the list item before it, as in scraped text whose line breaks
     * were lost: "... ARNP) preferred Current BLS/ACLS Certification".
     */
    private boolean endsItem(int cueStart, int cueEnd) {
      if (!Character.isLowerCase(text.charAt(cueStart))
          || !ITEM_FINAL.matcher(text).region(cueStart, cueEnd).matches()) {
        return false;
      }
      int i = cueEnd;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      return i > cueEnd && i < end && Character.isUpperCase(text.charAt(i));
    }

    /**
     * A cue that closes the item the mention ends ("BLS required RN License ..."), or null: in
     * scraped text without line breaks it speaks for that item before any stronger cue further on.
     */
    Cue closingAfter(int mEnd) {
      for (int k = 0; k < BY_PRIORITY.length; k++) {
        int[] found = spans[k];
        for (int i = 0; i < found.length; i += 2) {
          if (found[i] > mEnd && found[i] - mEnd <= 2 && text.subSequence(mEnd, found[i]).toString().isBlank()
              && endsItem(found[i], found[i + 1])) {
            return new Cue(BY_PRIORITY[k], found[i], found[i + 1]);
          }
        }
      }
      return null;
    }

    /** Whether a cue that closes an item lies in [from, to), so what comes before it is another item. */
    private boolean itemClosedBetween(int from, int to) {
      for (int k = 0; k < BY_PRIORITY.length; k++) {
        int[] found = spans[k];
        for (int i = 0; i < found.length; i += 2) {
          if (found[i] >= from && found[i + 1] <= to && endsItem(found[i], found[i + 1])) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether a capitalized heading ending in a colon ("... or compact Position Requirements: ...")
     * lies between the mention and a cue after it: the cue speaks for what the heading opens.
     */
    private boolean headingBetween(int mEnd, int cueStart) {
      for (int i = mEnd + 1; i < cueStart; i++) {
        if (text.charAt(i) != ':') {
          continue;
        }
        int from = i;
        int words = 0;
        while (words < 3) {
          int wEnd = from;
          while (wEnd > mEnd && text.charAt(wEnd - 1) == ' ') {
            wEnd--;
          }
          int wStart = wEnd;
          while (wStart > mEnd && Character.isLetter(text.charAt(wStart - 1))) {
            wStart--;
          }
          if (wStart == wEnd || wStart == mEnd || !Character.isUpperCase(text.charAt(wStart))) {
            break;
          }
          from = wStart;
          words++;
        }
        if (words > 0 && forHeading(text.subSequence(from, i).toString()) != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a colon several words past the mention opens a new list before a cue after it, as in
     * scraped text without line breaks ("Mandatory: ITIL certified and ... Two or more of the
     * following certifications: (Experience in lieu of ...)"): the cue speaks for what the colon
     * opens. A colon right after the mention ("BLS certification: required") does not count.
     */
    private boolean listOpensBetween(int mEnd, int cueStart) {
      int words = 0;
      boolean inWord = false;
      for (int i = mEnd; i < cueStart; i++) {
        char c = text.charAt(i);
        if (c == ':') {
          if (words >= MIN_WORDS_BEFORE_COLON) {
            return true;
          }
        } else if (Character.isLetterOrDigit(c)) {
          if (!inWord) {
            words++;
          }
          inWord = true;
          continue;
        }
        inWord = false;
      }
      return false;
    }

    /** The first cue of {@code level} in the sentence, or null. */
    Cue first(Requirement level) {
      for (int k = 0; k < BY_PRIORITY.length; k++) {
        if (BY_PRIORITY[k] == level && spans[k].length > 0) {
          return new Cue(level, spans[k][0], spans[k][1]);
        }
      }
      return null;
    }

    /**
     * The highest-priority cue inside [from, to) that speaks for the mention at [mStart, mEnd), or
     * null. A cue in parentheses the mention is outside of ("CPR certification (ACLS preferred)")
     * and a capitalized cue after the mention that opens the next heading ("... Upon Hire Preferred
     * Education") speak for something else.
     */
    Cue within(int from, int to, int mStart, int mEnd) {
      for (int k = 0; k < BY_PRIORITY.length; k++) {
        int[] found = spans[k];
        for (int i = 0; i < found.length; i += 2) {
          if (found[i] >= from && found[i + 1] <= to && speaksFor(found[i], found[i + 1], mStart, mEnd)) {
            return new Cue(BY_PRIORITY[k], found[i], found[i + 1]);
          }
        }
      }
      return null;
    }

    private boolean speaksFor(int cueStart, int cueEnd, int mStart, int mEnd) {
      if (cueStart >= mEnd && Character.isUpperCase(text.charAt(cueStart))
          && FORWARD_HEADING.matcher(text).region(cueEnd, end).lookingAt()) {
        return false;
      }
      if (cueEnd <= mStart && (endsItem(cueStart, cueEnd) || itemClosedBetween(cueEnd, mStart))) {
        // "... in lieu of a degree Advanced degree preferred Current BLS": a cue of an earlier item
        return false;
      }
      if (cueStart >= mEnd && headingBetween(mEnd, cueStart)) {
        return false;
      }
      if (cueStart >= mEnd && listOpensBetween(mEnd, cueStart)) {
        return false;
      }
      int open = -1;
      for (int i = cueStart - 1; i >= start; i--) {
        char c = text.charAt(i);
        if (c == ')') {
          return true;
        }
        if (c == '(') {
          open = i;
          break;
        }
      }
      if (open < 0) {
        return true;
      }
      for (int i = cueEnd; i < end; i++) {
        char c = text.charAt(i);
        if (c == '(') {
          return true;
        }
        if (c == ')') {
          // "BLS (required within 30 days)" speaks for BLS; "CPR (ACLS preferred)" only for ACLS
          return mStart > open && mEnd <= i || !ACRONYM.matcher(text).region(open, i).find();
        }
      }
      return true;
    }
  }

  /**
   * The deciding cue for a mention at [mStart, mEnd): someone else's credential ("under the
   * direction of a Registered Nurse") or one asked only of another assignment level; a negation
   * of it in its clause or sentence (unless the sentence also calls it preferred); else the
   * highest-priority cue in its clause, else in its sentence; null when none. A required mention
   * followed by "or" and a deadline ("BLS required, or completion within 30 days of hire") is
   * required later.
   */
  static Cue find(SentenceCues sentence, int clauseStart, int clauseEnd, int mStart, int mEnd) {
    Cue c = othersCredential(sentence.text, sentence.start, mStart);
    if (c == null) {
      c = conditional(sentence.text, sentence.start, mStart);
    }
    if (c != null) {
      return c;
    }
    c = negation(sentence.text, clauseStart, clauseEnd, mStart, mEnd);
    if (c == null) {
      c = negation(sentence.text, sentence.start, sentence.end, mStart, mEnd);
    }
    if (c != null) {
      // "Preferred but not required", "not required, but nice to have": wanted, just not demanded.
      Cue preferred = sentence.first(Requirement.PREFERRED);
      return preferred != null ? preferred : c;
    }
    c = sentence.closingAfter(mEnd);
    if (c == null) {
      c = sentence.within(clauseStart, clauseEnd, mStart, mEnd);
    }
    if (c == null) {
      c = sentence.within(sentence.start, sentence.end, mStart, mEnd);
    }
    if (c != null && c.level() == Requirement.REQUIRED) {
      Cue later = sentence.first(Requirement.REQUIRED_LATER);
      if (later != null && later.start() >= mEnd && later.start() - mEnd <= MAX_OR_LATER
          && OR.matcher(sentence.text).region(mEnd, later.start()).find()) {
        return later;
      }
    }
    return c;
  }

  /** "Valid CDL", "current, unrestricted RN license" just before the mention, or null. */
  static Cue held(CharSequence text, int sentenceStart, int mStart) {
    Matcher held = HELD.matcher(text).region(Math.max(sentenceStart, mStart - 45), mStart);
    if (!held.find()) {
      return null;
    }
    int end = held.start();
    while (end < mStart && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return new Cue(Requirement.REQUIRED, held.start(), end);
  }

  /**
   * "Or" just before the mention, past nothing but its qualifiers ("a degree with 24 credits; or a
   * valid New York State CPA license", "Master's degree OR Texas Teaching Certification"): the
   * credential is one of two accepted ways to qualify. Null when there is none.
   */
  static Cue orBefore(CharSequence text, int sentenceStart, int mStart) {
    Matcher m = OR_BEFORE.matcher(text).region(Math.max(sentenceStart, mStart - 50), mStart);
    if (!m.find()) {
      return null;
    }
    // "Licenses, Registrations, or Certifications BLS required": the "or" joins the words of a heading
    String between = text.subSequence(m.start() + 2, mStart).toString().strip();
    if (!between.isEmpty() && Character.isUpperCase(between.charAt(0)) && HEADING_REQUIRED.matcher(between).lookingAt()) {
      return null;
    }
    return new Cue(Requirement.ALTERNATIVE, m.start(), m.start() + 2);
  }

  /**
   * "Or" and another credential's acronym just after the mention ("Current PALS or ENPC
   * certification required"), even one the catalog lacks: one of two accepted. Null when none.
   */
  static Cue orAfter(CharSequence text, int mEnd, int sentenceEnd) {
    Matcher m = OR_AFTER.matcher(text).region(mEnd, sentenceEnd);
    return m.lookingAt() ? new Cue(Requirement.ALTERNATIVE, m.start(1), m.end(1)) : null;
  }

  /** "Under the direction of a Registered Nurse", "reports to the RN": a credential someone else holds. */
  private static Cue othersCredential(CharSequence text, int sentenceStart, int mStart) {
    Matcher m = OTHERS.matcher(text).region(Math.max(sentenceStart, mStart - 80), mStart);
    return m.find() ? new Cue(Requirement.MENTIONED, m.start(1), m.end(1)) : null;
  }

  /** "To be assigned to Assignment Level II, candidates must have ...": asked of another level. */
  private static Cue conditional(CharSequence text, int sentenceStart, int mStart) {
    Matcher m = CONDITIONAL.matcher(text).region(sentenceStart, mStart);
    return m.find() ? new Cue(Requirement.MENTIONED, m.start(), m.end()) : null;
  }

  private static Cue negation(CharSequence text, int from, int to, int mStart, int mEnd) {
    Cue c = first(Requirement.NEGATED, NEGATED, text, mEnd, to);
    if (c != null) {
      return c;
    }
    Matcher opening = NEGATED_OPENING.matcher(text).region(from, mStart);
    if (opening.lookingAt()) {
      return new Cue(Requirement.NEGATED, from, opening.end());
    }
    Matcher no = NO_BEFORE.matcher(text).region(Math.max(from, mStart - 31), mStart);
    if (no.find()) {
      Matcher req = REQUIRED_AFTER.matcher(text).region(mEnd, to);
      if (req.find()) {
        return new Cue(Requirement.NEGATED, no.start(), req.end());
      }
    }
    return null;
  }

  /** The level a heading or a source field name sets for what is under it, or null. */
  static Requirement forHeading(String heading) {
    String h = heading.replace('_', ' ');
    if (NEGATED.matcher(h).find()) {
      // "Valued But Not Required Experience", "Nice to have, not required": wanted, not demanded
      return Requirement.PREFERRED;
    }
    for (Requirement level : new Requirement[] {Requirement.PREFERRED, Requirement.ALTERNATIVE}) {
      if (pattern(level).matcher(h).find()) {
        return level;
      }
    }
    if (HEADING_NEUTRAL.matcher(h).find()) {
      return Requirement.MENTIONED;
    }
    if (REQUIRED.matcher(h).find() || HEADING_REQUIRED.matcher(h).find()) {
      return Requirement.REQUIRED;
    }
    return null;
  }

  static boolean isHeadingPhrase(String line) {
    return forHeading(line) != null;
  }

  private static Pattern pattern(Requirement level) {
    return switch (level) {
      case NEGATED -> NEGATED;
      case MENTIONED -> MENTIONED;
      case REQUIRED_LATER -> REQUIRED_LATER;
      case PREFERRED -> PREFERRED;
      case ALTERNATIVE -> ALTERNATIVE;
      case REQUIRED -> REQUIRED;
    };
  }

  private static Cue first(Requirement level, Pattern p, CharSequence text, int from, int to) {
    if (from >= to) {
      return null;
    }
    Matcher m = p.matcher(text).region(from, to);
    return m.find() ? new Cue(level, m.start(), m.end()) : null;
  }

  /**
   * A cue's end: a word boundary, or a capital letter glued on where scraped text lost a line break
   * ("is a plusPLEASE RESPOND").
   */
  private static final String END = "(?:\\b|(?=(?-i:[A-Z])))";

  /**
   * {@code \\b(?:alternatives)\\b}, with a look-ahead on the letters the alternatives start with so
   * that most positions fail on one character test instead of trying every alternative.
   */
  private static Pattern words(String alternatives) {
    StringBuilder firsts = new StringBuilder();
    for (String alt : alternatives.split("\\|")) {
      String a = alt.replace("(?:", "").replace("(", "");
      char c = Character.toLowerCase(a.charAt(0));
      if (Character.isLetter(c) && firsts.indexOf(String.valueOf(c)) < 0) {
        firsts.append(c);
      } else if (!Character.isLetter(c)) {
        return Pattern.compile("\\b(?:" + alternatives + ")" + END, Pattern.CASE_INSENSITIVE);
      }
    }
    return Pattern.compile("\\b(?=[" + firsts + "])(?:" + alternatives + ")" + END, Pattern.CASE_INSENSITIVE);
  }
}
