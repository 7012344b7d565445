package org.credval.app.postings.read;

import java.util.List;
import org.credval.app.platform.imports.Rejection;
import org.credval.core.postings.Posting;

/**
 * One record of a posting file as read: either a posting or the reason it was rejected, plus notes
 * about values that were dropped without rejecting the record (an unknown state, say).
 *
 * @param line the 1-based line (CSV: the line the record starts on; JSON array: the element number)
 */
public record PostingRecord(long line, Posting posting, Rejection rejection, List<Rejection> notes) {

  public PostingRecord {
    if ((posting == null) == (rejection == null)) {
      throw new IllegalArgumentException("a record is either a posting or a rejection");
    }
    notes = List.copyOf(notes);
  }

  public static PostingRecord rejected(Rejection r) {
    return new PostingRecord(r.line(), null, r, List.of());
  }

  public boolean accepted() {
    return posting != null;
  }
}
