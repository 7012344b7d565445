package org.credval.core.extract;

/**
 * Maps each character of a name or of posting text to a matching symbol, so that the surface
 * variants of one name ("OSHA-10" and "OSHA 10"; "C.N.A." and "CNA") walk the same path.
 * Text is never rewritten: the matcher folds as it reads, so offsets stay those of the original.
 */
final class SurfaceFold {

  /** The dots of a dotted acronym: skipped, so C.N.A. reads as CNA. */
  static final int SKIP = -1;
  /**
   * Spaces, hyphens, dashes and underscores, a run of them read as one: "CDL-A" and "CDL A" are the
   * same name, "is a certified" never reads as "ISA Certified".
   */
  static final int SEP = 47;
  /** Line breaks, tabs and anything no name contains: a name cannot run across it. */
  static final int BREAK = 0;
  /** Number of symbols, including {@link #BREAK}. */
  static final int ALPHABET = 48;

  private static final byte[] ASCII = new byte[128];
  private static final String PUNCT = "+&/()':,.#";

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = (byte) (c - 'a' + 1);
      ASCII[c - 'a' + 'A'] = (byte) (c - 'a' + 1);
    }
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = (byte) (c - '0' + 27);
    }
    for (int i = 0; i < PUNCT.length(); i++) {
      ASCII[PUNCT.charAt(i)] = (byte) (37 + i);
    }
    ASCII[' '] = SEP;
    ASCII['-'] = SEP;
    ASCII['_'] = SEP;
  }

  private static final int DOT = ASCII['.'];

  /** {@link #asciiClass}: a letter or digit. */
  static final int WORD = 1;
  /** {@link #asciiClass}: a character no name starts with (space, hyphen, line break, control). */
  static final int SPACE = 2;
  /** {@link #asciiClass}: punctuation a name may contain. */
  static final int PUNCTUATION = 3;

  /** The scan's class of each ASCII character, derived from the symbol table. */
  private static final byte[] CLASS = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      int sym = ASCII[c];
      CLASS[c] = (byte) (sym > 0 && sym <= 36 ? WORD : sym == 0 || sym == SEP ? SPACE : PUNCTUATION);
    }
  }

  /** {@link #wordSymbol} of a letter or digit that is not ASCII: no name contains one. */
  static final int FOREIGN = 64;

  /**
   * For every character: the symbol of an ASCII letter or digit (1 to 36), {@link #FOREIGN} for any
   * other letter or digit, 0 for anything else. One load tells the scan whether a word goes on.
   */
  private static final byte[] WORD_SYMBOL = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c < 128) {
        WORD_SYMBOL[c] = (byte) (ASCII[c] <= 36 ? ASCII[c] : 0);
      } else if (Character.isLetterOrDigit((char) c)) {
        WORD_SYMBOL[c] = FOREIGN;
      }
    }
  }

  private SurfaceFold() {}

  /** See {@link #WORD_SYMBOL}. */
  static int wordSymbol(char c) {
    return WORD_SYMBOL[c];
  }

  /** The symbol of {@code s.charAt(i)}; a dot right after a lone letter (the C. in C.N.A.) is skipped. */
  static int symbol(char[] s, int i) {
    char c = s[i];
    int sym;
    if (c < 128) {
      sym = ASCII[c];
    } else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011' || c == '\u00A0') {
      return SEP;
    } else if (c == '\u2019') {
      return ASCII['\''];
    } else {
      return BREAK;
    }
    if (sym == DOT && i > 0 && isLetter(s[i - 1]) && (i < 2 || !isWordChar(s[i - 2]))) {
      return SKIP;
    }
    return sym;
  }

  /** {@link #WORD}, {@link #SPACE} or {@link #PUNCTUATION} for an ASCII character. */
  static int asciiClass(char c) {
    return CLASS[c];
  }

  static boolean isWordChar(char c) {
    return WORD_SYMBOL[c] != 0;
  }

  static boolean isLetter(char c) {
    return c < 128 ? ASCII[c] > 0 && ASCII[c] <= 26 : Character.isLetter(c);
  }

  static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00A0' || c == '\u2013' || c == '\u2010';
  }
}
