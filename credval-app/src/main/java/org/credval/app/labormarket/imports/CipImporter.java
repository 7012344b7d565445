package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.List;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TableReader;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.code.CipCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The NCES CIP 2020 code file ({@code CIPCode2020.csv}, where Excel-proof codes are written
 * {@code ="01.0000"}, or an xlsx sheet in the same layout): families, series and six-digit
 * programs with titles and definitions, and how each code changed from CIP 2010 ("Moved from" and
 * "Deleted" codes are kept, marked, since older records still use them).
 */
@Component
class CipImporter implements Importer<CipImporter.CipRow> {

  private static final TableUpsert UPSERT = new TableUpsert("cip_program", List.of("cip_code"),
      List.of("title", "family", "definition", "change_from_2010"));

  /** One CIP 2020 code. */
  record CipRow(CipCode code, String title, String definition, String change) {

    String family() {
      return code.value().substring(0, 2);
    }
  }

  private final JdbcTemplate jdbc;

  CipImporter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "cip";
  }

  @Override
  public String description() {
    return "NCES CIP 2020 codes (CIPCode2020.csv): instructional program codes, titles, definitions";
  }

  @Override
  public Object key(CipRow row) {
    return row.code();
  }

  @Override
  public void read(SourceFile file, RowSink<CipRow> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(List.of("CIPCode", "CIPTitle")), "the NCES CIP 2020 code file");
    sink.encoding(table.encoding());
    table.forEachRow(sink, row -> {
      String raw = row.get("CIPCode");
      CipCode code;
      try {
        code = CipCode.parse(raw);
      } catch (IllegalArgumentException e) {
        sink.reject(row.line(), "CIPCode", e.getMessage(), raw == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_CODE, raw);
        return;
      }
      String title = row.get("CIPTitle");
      if (title == null) {
        sink.reject(row.line(), "CIPTitle", "the title is missing", ErrorCode.MISSING_VALUE, null);
        return;
      }
      sink.accept(row.line(), new CipRow(code, title, row.get("CIPDefinition"), row.get("Action")));
    });
  }

  @Override
  public WriteCounts write(List<CipRow> rows, Batch batch) {
    return UPSERT.apply(jdbc, batch, rows.stream()
        .map(r -> new Object[] {r.code().value(), r.title(), r.family(), r.definition(), r.change()})
        .toList(), null);
  }
}
