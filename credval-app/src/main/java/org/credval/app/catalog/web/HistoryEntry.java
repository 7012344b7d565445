package org.credval.app.catalog.web;

import java.time.Instant;
import java.util.List;
import org.credval.app.catalog.CatalogRow;

/**
 * One recorded change of a credential: who, when, why and which fields changed.
 *
 * @param changeType e.g. {@code update}, {@code retire}, {@code import}
 */
public record HistoryEntry(Instant changedAt, String changedBy, String changeType, String reason,
    List<CatalogRow.FieldChange> changes) {

  public HistoryEntry {
    changes = List.copyOf(changes);
  }

  public String changeLabel() {
    return CatalogLabels.of(changeType);
  }

  /** Plain words for the changed column: {@code third_party} → "Third party". */
  public String label(CatalogRow.FieldChange change) {
    return CatalogLabels.of(change.column());
  }
}
