package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.List;
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
import org.credval.core.code.OnetSocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * O*NET "Alternate Titles" (tab-delimited text): the job titles O*NET collects for each occupation,
 * with a short form and the codes of the sources that reported them. O*NET writes {@code n/a} where
 * a title has no short form; that is stored as no short title. When occupations are loaded, a title
 * for an O*NET-SOC code that is not among them is rejected.
 */
@Component
class OnetTitleImporter implements Importer<OnetTitleImporter.OnetTitle> {

  private static final String CODE = "O*NET-SOC Code";
  private static final TableUpsert UPSERT = new TableUpsert("onet_alternate_title", List.of("onet_code", "title"),
      List.of("short_title", "sources"));

  /** One alternate title of an O*NET-SOC occupation. */
  record OnetTitle(OnetSocCode code, String title, String shortTitle, String sources) {}

  private final JdbcTemplate jdbc;
  private final OnetCodes onetCodes;

  OnetTitleImporter(JdbcTemplate jdbc, OnetCodes onetCodes) {
    this.jdbc = jdbc;
    this.onetCodes = onetCodes;
  }

  @Override
  public String kind() {
    return "onet-titles";
  }

  @Override
  public String description() {
    return "O*NET Alternate Titles (tab-delimited text): job titles for each O*NET-SOC occupation";
  }

  @Override
  public Object key(OnetTitle row) {
    return List.of(row.code(), row.title());
  }

  @Override
  public void read(SourceFile file, RowSink<OnetTitle> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(List.of(CODE, "Alternate Title")), "the O*NET Alternate Titles file");
    sink.encoding(table.encoding());
    Set<String> known = onetCodes.known();
    table.forEachRow(sink, row -> {
      OnetSocCode code = OnetCodes.parse(sink, row.line(), row.get(CODE));
      String title = row.get("Alternate Title");
      if (code == null) {
        return;
      }
      if (!known.isEmpty() && !known.contains(code.value())) {
        sink.reject(row.line(), CODE, "O*NET-SOC code " + code + " is not among the loaded O*NET occupations; "
            + "load the Occupation Data file of the same O*NET release first", ErrorCode.UNKNOWN_CODE, row.get(CODE));
      } else if (title == null) {
        sink.reject(row.line(), "Alternate Title", "the title is missing", ErrorCode.MISSING_VALUE, null);
      } else {
        String shortTitle = row.get("Short Title");
        sink.accept(row.line(), new OnetTitle(code, title, "n/a".equalsIgnoreCase(shortTitle) ? null : shortTitle,
            row.get("Source(s)")));
      }
    });
  }

  @Override
  public WriteCounts write(List<OnetTitle> rows, Batch batch) {
    return UPSERT.apply(jdbc, batch, rows.stream()
        .map(r -> new Object[] {r.code().value(), r.title(), r.shortTitle(), r.sources()})
        .toList(), null);
  }
}
