package org.credval.core.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.credval.core.catalog.Credential;

/**
 * Lists of credentials joined by "or" ("CNA, HHA or PCT"; "RN/LPN"): any one of them is accepted,
 * so each is an alternative rather than a requirement in its own right.
 */
final class Alternation {

  /**
   * What may stand between two listed credentials, a closing parenthesis of an acronym included
   * ("Registered Nurse (RN) or Licensed Practical Nurse"); "and" ends a list of alternatives.
   */
  private static final Pattern LINK = Pattern.compile("\\)?\\s*(?:,|/)?\\s*\\(?(?:(?:and/)?or\\b)?\\s*(?:an?\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OR = Pattern.compile("/|\\bor\\b", Pattern.CASE_INSENSITIVE);

  private Alternation() {}

  /**
   * For each match, the "or" text of the list it belongs to when that list joins different
   * credentials with "or" or a slash; null for matches in no such list.
   */
  static String[] links(CharSequence text, List<Match> matches, List<Credential> credentials) {
    String[] out = new String[matches.size()];
    int i = 0;
    while (i < matches.size()) {
      int j = i;
      String or = null;
      boolean distinct = false;
      while (j + 1 < matches.size()) {
        CharSequence between = text.subSequence(matches.get(j).end(), matches.get(j + 1).start());
        if (between.length() > 12 || !LINK.matcher(between).matches()) {
          break;
        }
        var m = OR.matcher(between);
        if (or == null && m.find()) {
          or = m.group();
        }
        distinct |= !credentials.get(j).equals(credentials.get(j + 1));
        j++;
      }
      for (int k = i; k <= j; k++) {
        out[k] = or != null && distinct ? or : null;
      }
      i = j + 1;
    }
    return out;
  }
}
