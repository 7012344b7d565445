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
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SOC 2018 Direct Match Title File ({@code soc_2018_direct_match_title_file.xlsx} as BLS
 * publishes it, or saved as CSV): job titles that belong to exactly one SOC code. The November 2017
 * release lists five titles twice under the same code; the second is reported as a duplicate.
 */
@Component
class SocTitleImporter implements Importer<SocTitleImporter.SocTitle> {

  private static final List<String> COLUMNS = List.of("2018 SOC Code", "2018 SOC Direct Match Title");
  private static final TableUpsert UPSERT = new TableUpsert("soc_direct_match_title", List.of("soc_code", "title"), List.of());

  /** One title and the occupation it names. */
  record SocTitle(SocCode code, String title) {}

  private final JdbcTemplate jdbc;
  private final SocCodes socCodes;

  SocTitleImporter(JdbcTemplate jdbc, SocCodes socCodes) {
    this.jdbc = jdbc;
    this.socCodes = socCodes;
  }

  @Override
  public String kind() {
    return "soc-titles";
  }

  @Override
  public String description() {
    return "SOC 2018 Direct Match Title File (BLS xlsx or csv): job titles that map to one SOC code";
  }

  @Override
  public Object key(SocTitle row) {
    return row;
  }

  @Override
  public void read(SourceFile file, RowSink<SocTitle> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(COLUMNS), "the SOC 2018 Direct Match Title File");
    sink.encoding(table.encoding());
    SocCodeCheck check = socCodes.check();
    table.forEachRow(sink, row -> {
      SocCode code = check.accept(sink, row.line(), "2018 SOC Code", row.get("2018 SOC Code"));
      String title = row.get("2018 SOC Direct Match Title");
      if (code == null) {
        return;
      }
      if (title == null) {
        sink.reject(row.line(), "2018 SOC Direct Match Title", "the title is missing", ErrorCode.MISSING_VALUE, null);
        return;
      }
      sink.accept(row.line(), new SocTitle(code, title));
    });
  }

  @Override
  public WriteCounts write(List<SocTitle> rows, Batch batch) {
    return UPSERT.apply(jdbc, batch, rows.stream().map(r -> new Object[] {r.code().value(), r.title()}).toList(), null);
  }
}
