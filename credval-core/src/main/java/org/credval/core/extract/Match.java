package org.credval.core.extract;

import java.util.List;
import org.credval.core.catalog.Credential;

/**
 * A catalog name found in text, before context rules and requirement levels.
 *
 * @param start offset of the first matched character
 * @param end offset just past the match, including a plural "s" or a trailing "certification",
 *     "certified", "certificate" or "license" word
 * @param key the folded surface that matched (lower case, separators removed), e.g. {@code cna}
 * @param candidates the credentials that surface names; more than one means it is ambiguous
 * @param qualified whether a "certification"/"license"-like word follows the name
 * @param acronym whether the name is a short, case-sensitive acronym such as CNA or RN
 */
public record Match(int start, int end, String key, List<Credential> candidates, boolean qualified,
    boolean acronym) {

  public Match {
    candidates = List.copyOf(candidates);
  }

  /** The matched characters of {@code text}, which must be the text this match was found in. */
  public String textIn(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
