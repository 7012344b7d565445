package org.credval.core.signals;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;

/**
 * One counted posting with each credential it names at the strongest level it names it
 * (required, required_later, alternative, preferred, mentioned, negated).
 */
public record PostingFacts(SignalPosting posting, SortedMap<CredentialCode, Requirement> levels) implements Serializable {

  public PostingFacts {
    Objects.requireNonNull(posting, "posting");
    levels = Collections.unmodifiableSortedMap(new TreeMap<>(levels));
  }

  /** The posting's facts from its mentions; mentions of other postings are an error. */
  public static PostingFacts of(SignalPosting posting, Iterable<SignalMention> mentions) {
    TreeMap<CredentialCode, Requirement> levels = new TreeMap<>();
    for (SignalMention m : mentions) {
      if (!m.postingId().equals(posting.id())) {
        throw new IllegalArgumentException("mention of posting " + m.postingId() + " given for posting " + posting.id());
      }
      levels.merge(m.code(), m.requirement(), (a, b) -> b.strongerThan(a) ? b : a);
    }
    return new PostingFacts(posting, levels);
  }

  /** Whether the posting names {@code code} at a level that counts as demand (anything but negated). */
  public boolean demands(CredentialCode code) {
    Requirement r = levels.get(code);
    return r != null && r != Requirement.NEGATED;
  }

  /** Whether the posting asks for {@code code}: required, required later, as an alternative, or preferred. */
  public boolean asksFor(CredentialCode code) {
    Requirement r = levels.get(code);
    return r != null && r != Requirement.NEGATED && r != Requirement.MENTIONED;
  }

  Map<CredentialCode, Requirement> asMap() {
    return levels;
  }
}
