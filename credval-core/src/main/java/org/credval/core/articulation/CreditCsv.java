package org.credval.core.articulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The reading frame both credit CSV formats share: the header, the row shape, then one row at a time. */
final class CreditCsv {

  private CreditCsv() {}

  static <T> CreditImport<T> read(String text, List<String> columns, Function<CsvRow, T> toRow) {
    List<Csv.Record> records = Csv.parse(text);
    List<CreditProblem> problems = new ArrayList<>();
    if (records.isEmpty() || !columns.equals(records.get(0).cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList())) {
      problems.add(new CreditProblem(1, "header", CreditProblem.Kind.HEADER,
          "the first line must name the columns, comma-separated, in this order: " + String.join(",", columns)));
      return new CreditImport<>(List.of(), List.of(), problems);
    }
    List<T> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (Csv.Record r : records.subList(1, records.size())) {
      if (r.cells().stream().allMatch(String::isBlank)) {
        continue;
      }
      if (r.cells().size() != columns.size()) {
        problems.add(new CreditProblem(r.line(), "row", CreditProblem.Kind.ROW_SHAPE,
            "expected " + columns.size() + " comma-separated fields, found " + r.cells().size()
                + " (quote a value that holds a comma)"));
        continue;
      }
      CsvRow row = new CsvRow(columns, r, problems);
      T value = null;
      try {
        value = toRow.apply(row);
      } catch (CreditFieldException e) {
        row.problem(e.field(), e.kind(), e.reason());
      }
      if (value != null && !row.failed()) {
        rows.add(value);
        lines.add(r.line());
      }
    }
    return new CreditImport<>(rows, lines, problems);
  }

  static String write(List<String> columns, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
    rows.forEach(r -> sb.append(Csv.line(r)).append('\n'));
    return sb.toString();
  }

  static String text(Object v) {
    return v == null ? "" : v.toString();
  }
}
