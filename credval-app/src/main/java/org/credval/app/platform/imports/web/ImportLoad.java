package org.credval.app.platform.imports.web;

import java.time.Instant;
import java.util.List;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.Rejection;

/**
 * One load as the API shows it: what was imported, by whom, when, with what result.
 *
 * @param status COMMITTED, UNCHANGED, VALIDATED, REJECTED, FAILED or SUPERSEDED
 * @param rejections every row that was not loaded; absent from the history list
 */
public record ImportLoad(String loadId, String kind, String file, String sha256, String status, long rowsRead,
    int accepted, int rejected, int duplicates, int inserted, int updated, int unchanged, String encoding,
    String loadedBy, Instant startedAt, Instant finishedAt, String message, List<Rejected> rejections) {

  /**
   * A row that was not loaded.
   *
   * @param line 1-based line (or sheet row); 0 for the file as a whole
   * @param errorCode the catalogued code, e.g. CV-IMP-012
   * @param hint what the error code means in general
   */
  public record Rejected(String file, long line, String field, String reason, String errorCode, String hint,
      String rawValue) {

    static Rejected of(Rejection r) {
      return new Rejected(r.file(), r.line(), r.field(), r.reason(), r.code().code(), r.code().hint(), r.rawValue());
    }
  }

  static ImportLoad summary(ImportReport r) {
    return of(r, null);
  }

  static ImportLoad full(ImportReport r) {
    return of(r, r.rejections().stream().map(Rejected::of).toList());
  }

  private static ImportLoad of(ImportReport r, List<Rejected> rejections) {
    return new ImportLoad(r.loadId(), r.kind(), r.file(), r.sha256(), r.status(), r.rowsRead(), r.accepted(),
        r.rejected(), r.duplicates(), r.inserted(), r.updated(), r.unchanged(), r.encoding(), r.loadedBy(),
        r.startedAt(), r.finishedAt(), r.message(), rejections);
  }
}
