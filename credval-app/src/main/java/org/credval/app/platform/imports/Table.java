package org.credval.app.platform.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file or sheet read into memory: its detected encoding, its header and its data rows.
 *
 * @param encoding the character set the text was decoded with ("xlsx" for workbooks)
 * @param header the header cells as written
 * @param rows the data rows after the header, with their line numbers
 * @param preamble the non-empty first cells of the rows above the header (titles such as "Table
 *     1.2 Occupational projections, 2024–2034"), which some publishers use to say what the table is
 * @param sheet the workbook sheet the table was read from, or null for a text file
 */
public record Table(String encoding, List<String> header, List<TabularRow> rows, List<String> preamble, String sheet) {

  public Table {
    preamble = preamble == null ? List.of() : List.copyOf(preamble);
  }

  public Table(String encoding, List<String> header, List<TabularRow> rows) {
    this(encoding, header, rows, List.of(), null);
  }

  /** Whether the header has {@code column}, ignoring case and surrounding spaces. */
  public boolean hasColumn(String column) {
    String n = TabularRow.normalize(column);
    return header.stream().anyMatch(h -> TabularRow.normalize(h).equals(n));
  }

  /**
   * Hands each non-blank row to {@code each}, counting it as read; rows whose width differs from the
   * header are rejected first, since their values would land under the wrong columns.
   */
  public void forEachRow(RowSink<?> sink, Consumer<TabularRow> each) {
    int usualWidth = usualWidth();
    int done = 0;
    for (TabularRow row : rows) {
      sink.progress(++done, rows.size());
      if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      sink.read();
      if (row.cells().size() != header.size() && !trailingEmpties(row, usualWidth)) {
        sink.reject(row.line(), null,
            "row has " + row.cells().size() + " fields but the header has " + header.size()
                + ": a shifted, split or missing column; fix the row's delimiters or quoting",
            ErrorCode.ROW_SHAPE, String.join("|", row.cells()));
        continue;
      }
      each.accept(row);
    }
  }

  // Spreadsheet exports often drop empty trailing cells or add empty ones; that is not a shift. In
  // delimited text, though, a stray delimiter in one row pushes its values one column to the right,
  // and when the last column is often blank (as BLS's HOURLY is) the extra field is empty too; so
  // there extra empty fields pass only when most rows of the file have them.
  private boolean trailingEmpties(TabularRow row, int usualWidth) {
    List<String> c = row.cells();
    boolean workbook = "xlsx".equals(encoding);
    if (c.size() < header.size()) {
      return workbook;
    }
    if (!workbook && c.size() != usualWidth) {
      return false;
    }
    for (int i = header.size(); i < c.size(); i++) {
      if (c.get(i) != null && !c.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private int usualWidth() {
    Map<Integer, Integer> widths = new HashMap<>();
    rows.forEach(r -> widths.merge(r.cells().size(), 1, Integer::sum));
    return widths.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(header.size());
  }
}
