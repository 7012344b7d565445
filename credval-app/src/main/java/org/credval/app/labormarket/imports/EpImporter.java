package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TableReader;
import org.credval.app.platform.imports.TabularRow;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.code.SocCode;
import org.springframework.stereotype.Component;

/**
 * BLS Employment Projections occupation tables: the {@code occupation.xlsx} workbook (Table 1.2,
 * projections and worker characteristics, joined by code with Table 1.10, separations and
 * openings) or CSV conversions of either table. Employment and openings stay in thousands as
 * published. Each file writes only the columns it has, so loading the workbook and then the CSVs
 * changes nothing, and a Table 1.10 CSV never blanks the wages a Table 1.2 load stored.
 *
 * <p>Markers: "—" (unavailable) is stored as null, with flag "—" for the median wage; a median
 * wage of ">=$239,200" is top-coded: null with flag "#". Every row is kept, summary rows (major,
 * minor and broad groups and 00-0000, all occupations, the benchmark for growth) as well as line
 * items; other codes are checked by the rule in {@link SocCodeCheck}. The period comes from the
 * table title, the headers, or {@code --set period=2024-2034}.
 */
@Component
class EpImporter implements Importer<EpRow> {

  private static final List<List<String>> HEADERS = List.of(List.of("Occupation type"));

  private final SocCodes socCodes;
  private final EpProjections projections;

  EpImporter(SocCodes socCodes, EpProjections projections) {
    this.socCodes = socCodes;
    this.projections = projections;
  }

  @Override
  public String kind() {
    return "ep";
  }

  @Override
  public String description() {
    return "BLS Employment Projections occupation.xlsx (Tables 1.2 and 1.10) or a CSV of either table";
  }

  @Override
  public Object key(EpRow row) {
    return row.key();
  }

  @Override
  public void read(SourceFile file, RowSink<EpRow> sink) throws IOException {
    Table first = TableReader.read(file, "Table 1.2", HEADERS, "a BLS Employment Projections occupation table");
    sink.encoding(first.encoding());
    SocCodeCheck check = socCodes.check();
    Map<List<Object>, EpRow> rows = new LinkedHashMap<>();
    Map<List<Object>, Long> lines = new LinkedHashMap<>();
    List<Map.Entry<Long, EpRow>> repeated = new ArrayList<>();
    List<Table> tables = new ArrayList<>(List.of(first));
    if (first.sheet() != null) {
      tables.add(TableReader.read(file, "Table 1.10", HEADERS, "Table 1.10 of the EP occupation workbook"));
    }
    for (Table table : tables) {
      EpColumns columns = EpColumns.of(table, file.name());
      String period = period(file, columns);
      String where = table.sheet() == null ? "" : table.sheet() + ": ";
      Set<List<Object>> seenHere = new HashSet<>();
      table.forEachRow(sink, row -> {
        EpRow r = parse(row, columns, period, where, check, sink);
        if (r == null) {
          return;
        }
        if (seenHere.contains(r.key())) {
          repeated.add(Map.entry(row.line(), r));
          return;
        }
        seenHere.add(r.key());
        lines.putIfAbsent(r.key(), row.line());
        rows.merge(r.key(), r, EpRow::joining);
      });
    }
    rows.forEach((k, r) -> sink.accept(lines.get(k), r));
    repeated.forEach(e -> sink.accept(e.getKey(), e.getValue()));
  }

  private static String period(SourceFile file, EpColumns columns) {
    String option = file.options().get("period");
    if (option != null && !option.matches("\\d{4}-\\d{4}")) {
      throw new ImportFileException(ErrorCode.BAD_VALUE, "--set period=" + option + " is not a period like 2024-2034");
    }
    if (option != null && columns.period() != null && !option.equals(columns.period())) {
      throw new ImportFileException(ErrorCode.BAD_VALUE, file.name() + " holds the " + columns.period()
          + " projections but --set period=" + option + " was given; drop the option or correct it");
    }
    String period = option != null ? option : columns.period();
    if (period == null) {
      throw new ImportFileException(ErrorCode.OPTION_REQUIRED, file.name() + " does not say which projection period"
          + " it holds; give it with --set period=YYYY-YYYY, e.g. --set period=2024-2034");
    }
    return period;
  }

  private static EpRow parse(TabularRow row, EpColumns columns, String period, String where, SocCodeCheck check,
      RowSink<EpRow> sink) {
    String raw = row.get(columns.code());
    if (raw == null) {
      sink.skip("footnote or note");
      return null;
    }
    SocCode code = SocCodeCheck.ALL_OCCUPATIONS.equals(raw) ? new SocCode(raw)
        : check.accept(sink, row.line(), where + columns.code(), raw);
    if (code == null) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> c : columns.headers().entrySet()) {
      String cell = row.get(c.getValue());
      if (EpColumns.TEXTS.contains(c.getKey()) || c.getKey().equals(EpColumns.TITLE) || c.getKey().equals(EpColumns.TYPE)) {
        values.put(c.getKey(), cell == null || PublishedValue.UNAVAILABLE.equals(cell) ? null : cell);
        continue;
      }
      PublishedValue v;
      try {
        v = PublishedValue.parse(cell);
      } catch (NumberFormatException e) {
        sink.reject(row.line(), where + c.getValue(), e.getMessage(), ErrorCode.BAD_NUMBER, cell);
        return null;
      }
      values.put(c.getKey(), v == null ? null : v.value());
      if (c.getKey().equals(EpColumns.MEDIAN_WAGE)) {
        values.put("median_wage_flag", v == null ? null : v.flag());
      }
    }
    if (values.get(EpColumns.TITLE) == null) {
      sink.reject(row.line(), where + columns.headers().get(EpColumns.TITLE), "the occupation title is missing",
          ErrorCode.MISSING_VALUE, null);
      return null;
    }
    return new EpRow(period, code, values);
  }

  @Override
  public WriteCounts write(List<EpRow> rows, Batch batch) {
    return projections.write(rows, batch);
  }
}
