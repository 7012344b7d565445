package org.credval.app.postings.store;

import org.credval.core.postings.Posting;

/** The column widths of the {@code posting} table, checked while reading so a long value rejects its row, not the batch. */
final class StoredLimits {

  /** A value too long to store: the field, why, and the start of the value. */
  record Problem(String field, String reason, String value) {}

  private StoredLimits() {}

  static Problem check(Posting p) {
    Problem x = over("source", p.source(), 40);
    x = x != null ? x : over("source_id", p.sourceId(), 200);
    x = x != null ? x : over("title", p.title(), 1000);
    x = x != null ? x : over("employer", p.employer(), 500);
    x = x != null ? x : over("area", p.area(), 200);
    for (Posting.Section s : p.sections()) {
      x = x != null ? x : over("section name", s.field(), 200);
    }
    for (Posting.StructuredCredential c : p.structuredCredentials()) {
      x = x != null ? x : over("structured credential", c.name(), 500);
    }
    return x;
  }

  private static Problem over(String field, String value, int max) {
    if (value == null || value.length() <= max) {
      return null;
    }
    return new Problem(field, "is " + value.length() + " characters long; at most " + max + " are stored", value);
  }
}
