package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TableReader;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SOC 2018 definitions file as BLS publishes it ({@code soc_2018_definitions.xlsx}, header
 * below banner rows) or saved as CSV: every level of the hierarchy, with the definitions BLS gives
 * for detailed occupations. The level is the file's "SOC Group" (Major, Minor, Broad, Detailed),
 * stored in lower case, and must agree with the shape of the code.
 */
@Component
class SocImporter implements Importer<SocImporter.SocRow> {

  static final List<String> COLUMNS = List.of("SOC Group", "SOC Code", "SOC Title");
  private static final Set<String> LEVELS = Set.of("major", "minor", "broad", "detailed");
  private static final TableUpsert UPSERT =
      new TableUpsert("soc_occupation", List.of("soc_code"), List.of("title", "soc_level", "definition"));

  /** One occupation or group of the classification. */
  record SocRow(SocCode code, String title, String level, String definition) {}

  private final JdbcTemplate jdbc;

  SocImporter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "soc";
  }

  @Override
  public String description() {
    return "SOC 2018 definitions (BLS soc_2018_definitions.xlsx or .csv): codes, titles, levels, definitions";
  }

  @Override
  public Object key(SocRow row) {
    return row.code();
  }

  @Override
  public void read(SourceFile file, RowSink<SocRow> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(COLUMNS), "the SOC 2018 definitions file");
    sink.encoding(table.encoding());
    table.forEachRow(sink, row -> {
      SocCode code = parse(sink, row.line(), row.get("SOC Code"));
      String title = row.get("SOC Title");
      String level = row.get("SOC Group") == null ? null : row.get("SOC Group").toLowerCase(Locale.ROOT);
      if (code == null) {
        return;
      }
      if (title == null) {
        sink.reject(row.line(), "SOC Title", "the title is missing", ErrorCode.MISSING_VALUE, null);
      } else if (level == null || !LEVELS.contains(level)) {
        sink.reject(row.line(), "SOC Group", "the level must be Major, Minor, Broad or Detailed",
            ErrorCode.BAD_VALUE, row.get("SOC Group"));
      } else if (!level.equals(code.level().name().toLowerCase(Locale.ROOT))) {
        sink.reject(row.line(), "SOC Group", "code " + code + " has the shape of a " + code.level().name().toLowerCase(Locale.ROOT)
            + " code but the row says " + level, ErrorCode.BAD_VALUE, row.get("SOC Group"));
      } else {
        sink.accept(row.line(), new SocRow(code, title, level, row.get("SOC Definition")));
      }
    });
  }

  private static SocCode parse(RowSink<?> sink, long line, String raw) {
    try {
      return SocCode.parse(raw);
    } catch (IllegalArgumentException e) {
      sink.reject(line, "SOC Code", e.getMessage(), raw == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_CODE, raw);
      return null;
    }
  }

  @Override
  public WriteCounts write(List<SocRow> rows, Batch batch) {
    List<Object[]> values = rows.stream()
        .map(r -> new Object[] {r.code().value(), r.title(), r.level(), r.definition()})
        .toList();
    return UPSERT.apply(jdbc, batch, values, null);
  }
}
