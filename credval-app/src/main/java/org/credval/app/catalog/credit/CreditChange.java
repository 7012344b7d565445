package org.credval.app.catalog.credit;

import java.time.Instant;
import java.util.List;
import org.credval.app.catalog.CatalogRow;

/**
 * One recorded change of an agreement: who, when, why, and the fields that changed.
 *
 * @param changeType {@code create}, {@code update} or {@code retire}
 */
public record CreditChange(Instant changedAt, String changedBy, String changeType, String reason,
    List<CatalogRow.FieldChange> changes) {

  public CreditChange {
    changes = List.copyOf(changes);
  }
}
