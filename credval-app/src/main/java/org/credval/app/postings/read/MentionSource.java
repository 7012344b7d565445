package org.credval.app.postings.read;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credval.core.postings.Posting;

/**
 * Finds the credential mentions in a posting, each as a JSON-ready map with the keys {@code
 * posting_id, credential_code, credential_name, requirement, field, start, end, matched_text, cue}.
 * The credential matcher in credval-core is adapted to this; {@link #NONE} stands in until it is.
 */
public interface MentionSource extends Function<Posting, List<Map<String, Object>>> {

  /** Finds nothing. Reports itself unavailable so a command can say so instead of writing nothing silently. */
  MentionSource NONE = new MentionSource() {
    @Override
    public List<Map<String, Object>> apply(Posting posting) {
      return List.of();
    }

    @Override
    public boolean available() {
      return false;
    }
  };

  default boolean available() {
    return true;
  }
}
