package org.credval.app.catalog.credit;

import java.time.Instant;

/**
 * An agreement as stored: its id, whether it is retired, the version edits must name, and who last
 * changed it.
 */
public record Stored<T>(long id, T entry, String status, int version, Instant updatedAt, String updatedBy) {

  public static final String ACTIVE = "active";
  public static final String RETIRED = "retired";

  public boolean retired() {
    return RETIRED.equals(status);
  }
}
