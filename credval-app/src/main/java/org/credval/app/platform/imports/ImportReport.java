package org.credval.app.platform.imports;

import java.time.Instant;
import java.util.List;

/**
 * What one import did: the counts, the provenance and every rejected row with file, line, field
 * and reason. Printed on the console, shown on the import history page and optionally written as
 * JSON.
 *
 * @param status COMMITTED (rows written), UNCHANGED (this exact file was loaded before), VALIDATED
 *     (dry run: nothing written), REJECTED (the file as a whole was refused, or every row was
 *     rejected: nothing written), FAILED (the batch was rolled back) or, in the stored history,
 *     SUPERSEDED (a revised release of the same file replaced some of its rows)
 */
public record ImportReport(
    String loadId,
    String kind,
    String file,
    String sha256,
    String status,
    boolean dryRun,
    long rowsRead,
    int accepted,
    int rejected,
    int duplicates,
    int inserted,
    int updated,
    int unchanged,
    String encoding,
    String loadedBy,
    Instant startedAt,
    Instant finishedAt,
    String message,
    List<Rejection> rejections) {

  public ImportReport {
    rejections = List.copyOf(rejections);
  }

  /** The report as a person reads it on the console; at most {@code maxRejections} listed. */
  public String toText(int maxRejections) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%s import of %s: %s%s%n", kind, file, status, dryRun ? " (dry run: nothing written)" : ""));
    s.append(String.format("  rows read %,d  accepted %,d  rejected %,d  duplicates %,d%n", rowsRead, accepted, rejected, duplicates));
    s.append(String.format("  %s %,d  updated %,d  unchanged %,d%n", dryRun ? "would insert" : "inserted", inserted, updated, unchanged));
    s.append(String.format("  load %s  sha256 %s%s%n", loadId, sha256, encoding == null ? "" : "  encoding " + encoding));
    if (message != null) {
      s.append("  ").append(message).append(System.lineSeparator());
    }
    int shown = 0;
    for (Rejection r : rejections) {
      if (shown++ == maxRejections) {
        s.append(String.format("  … and %,d more (write the full report with --report <file.json>)%n", rejections.size() - maxRejections));
        break;
      }
      s.append("  ").append(r.describe()).append(System.lineSeparator());
    }
    return s.toString();
  }
}
