package org.credval.app.platform.imports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file or sheet read into memory: its detected encoding, its header and its data rows.
 *
 * @param encoding the character set the text was decoded with ("xlsx" for workbooks)
 * @param header the header cells as written
 * @param rows the data rows after the header, with their line numbers
 */
public record Table(String encoding, List<String> header, List<TabularRow> rows) {

  /**
   * Hands each non-blank row to {@code each}, counting it as read; rows whose width differs from the
   * header are rejected first, since their values would land under the wrong columns.
   */
  public void forEachRow(RowSink<?> sink, Consumer<TabularRow> each) {
    for (TabularRow row : rows) {
      if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      sink.read();
      if (row.cells().size() != header.size() && !trailingEmpties(row)) {
        sink.reject(row.line(), null,
            "row has " + row.cells().size() + " fields but the header has " + header.size()
                + ": a shifted, split or missing column; fix the row's delimiters or quoting",
            ErrorCode.ROW_SHAPE, String.join("|", row.cells()));
        continue;
      }
      each.accept(row);
    }
  }

  // Spreadsheet exports often drop empty trailing cells or add empty ones; that is not a shift.
  private boolean trailingEmpties(TabularRow row) {
    List<String> c = row.cells();
    if (c.size() < header.size()) {
      return "xlsx".equals(encoding);
    }
    for (int i = header.size(); i < c.size(); i++) {
      if (c.get(i) != null && !c.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
