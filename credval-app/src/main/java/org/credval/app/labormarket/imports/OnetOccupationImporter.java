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
import org.credval.core.code.OnetSocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * O*NET "Occupation Data" (tab-delimited text as the O*NET Center releases it): O*NET-SOC 2019
 * occupations with their titles and descriptions, each tied to its SOC 2018 code.
 */
@Component
class OnetOccupationImporter implements Importer<OnetOccupationImporter.OnetOccupation> {

  private static final String CODE = "O*NET-SOC Code";
  private static final TableUpsert UPSERT = new TableUpsert("onet_occupation", List.of("onet_code"),
      List.of("soc_code", "title", "description"));

  /** One O*NET-SOC occupation. */
  record OnetOccupation(OnetSocCode code, String title, String description) {}

  private final JdbcTemplate jdbc;
  private final SocCodes socCodes;

  OnetOccupationImporter(JdbcTemplate jdbc, SocCodes socCodes) {
    this.jdbc = jdbc;
    this.socCodes = socCodes;
  }

  @Override
  public String kind() {
    return "onet-occupations";
  }

  @Override
  public String description() {
    return "O*NET Occupation Data (tab-delimited text): O*NET-SOC codes, titles, descriptions";
  }

  @Override
  public Object key(OnetOccupation row) {
    return row.code();
  }

  @Override
  public void read(SourceFile file, RowSink<OnetOccupation> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(List.of(CODE, "Title", "Description")), "the O*NET Occupation Data file");
    sink.encoding(table.encoding());
    SocCodeCheck check = socCodes.check();
    table.forEachRow(sink, row -> {
      OnetSocCode code = OnetCodes.parse(sink, row.line(), row.get(CODE));
      if (code == null || check.accept(sink, row.line(), CODE, code.soc().value()) == null) {
        return;
      }
      String title = row.get("Title");
      if (title == null) {
        sink.reject(row.line(), "Title", "the title is missing", ErrorCode.MISSING_VALUE, null);
        return;
      }
      sink.accept(row.line(), new OnetOccupation(code, title, row.get("Description")));
    });
  }

  @Override
  public WriteCounts write(List<OnetOccupation> rows, Batch batch) {
    return UPSERT.apply(jdbc, batch, rows.stream()
        .map(r -> new Object[] {r.code().value(), r.code().soc().value(), r.title(), r.description()})
        .toList(), null);
  }
}
