package org.credval.app.platform.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data row of a CSV file or a sheet, with its line (or sheet row) number. Columns are looked
 * up by header name ignoring case and surrounding spaces, because publishers are not consistent.
 */
public record TabularRow(long line, List<String> cells, Map<String, Integer> columns) {

  /** The trimmed cell under {@code column}, or null when the cell is empty or the column absent. */
  public String get(String column) {
    Integer i = columns.get(normalize(column));
    if (i == null || i >= cells.size()) {
      return null;
    }
    String v = cells.get(i);
    if (v == null) {
      return null;
    }
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  /** The first non-empty value among alternative spellings of a column. */
  public String first(String... alternatives) {
    for (String c : alternatives) {
      String v = get(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  public boolean has(String column) {
    return columns.containsKey(normalize(column));
  }

  static String normalize(String header) {
    return header == null ? "" : header.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT);
  }
}
