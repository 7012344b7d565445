package org.credval.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.code.CredentialCode;

/**
 * One posting's mentions reduced to one per credential: the strongest level it is asked for
 * (required, required_later, alternative, preferred, mentioned, negated), as evaluation at the
 * (posting, credential) level and demand signals count it.
 */
public final class CredentialRollup {

  private CredentialRollup() {}

  /**
   * Per (posting, credential), the mention with the strongest {@link Requirement}; the first such
   * mention on ties. Order is that of each pair's first mention.
   */
  public static List<Mention> strongest(List<Mention> mentions) {
    Map<Key, Mention> best = new LinkedHashMap<>();
    for (Mention m : mentions) {
      best.merge(new Key(m.postingId(), m.code()), m,
          (old, now) -> now.requirement().strongerThan(old.requirement()) ? now : old);
    }
    return new ArrayList<>(best.values());
  }

  private record Key(String postingId, CredentialCode code) {}
}
