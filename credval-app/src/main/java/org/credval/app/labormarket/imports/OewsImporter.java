package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TableReader;
import org.credval.app.platform.imports.WriteCounts;
import org.springframework.stereotype.Component;

/**
 * OEWS occupational employment and wage estimates in every layout credval has met (see the {@link
 * OewsLayout} implementations): the BLS national, state and metropolitan files (xlsx or CSV), a
 * reduced mean-only BLS state file, and the Washington ESD and New York DOL tables. Rows become one
 * {@code oews_estimate} per published measure, keyed by (year, area, SOC code, measure), so several
 * release years and areas sit side by side and a re-load of the same estimates changes nothing.
 *
 * <p>Kept: major groups, broad and detailed occupations, as the publisher labels them (O_GROUP) or,
 * in files without that column, as the code's shape says. Skipped and counted in the report: the
 * all-occupations total, minor groups and industry-specific rows. Markers ({@code *}, {@code **},
 * {@code #}, {@code ~}) are stored as flags with no value; blank cells store nothing. SOC codes are
 * checked by the rule in {@link SocCodeCheck}.
 */
@Component
class OewsImporter implements Importer<OewsRow> {

  private final SocCodes socCodes;
  private final OewsEstimates estimates;

  OewsImporter(SocCodes socCodes, OewsEstimates estimates) {
    this.socCodes = socCodes;
    this.estimates = estimates;
  }

  @Override
  public String kind() {
    return "oews";
  }

  @Override
  public String description() {
    return "OEWS wages and employment: BLS national/state xlsx or CSV, reduced state CSV, WA ESD and NY DOL tables"
        + " (NY needs --set year=YYYY)";
  }

  @Override
  public Object key(OewsRow row) {
    return row.key();
  }

  @Override
  public void read(SourceFile file, RowSink<OewsRow> sink) throws IOException {
    List<List<String>> headers = new ArrayList<>();
    OewsLayout.ALL.forEach(l -> headers.addAll(l.headers()));
    Table table = TableReader.read(file, null, headers, "an OEWS estimates file");
    sink.encoding(table.encoding());
    OewsLayout layout = OewsLayout.ALL.stream().filter(l -> l.fits(table)).findFirst().orElseThrow();
    OewsReading reading = new OewsReading(file, sink, socCodes.check(), layout.authoritative());
    layout.read(table, reading);
    reading.finish();
  }

  @Override
  public WriteCounts write(List<OewsRow> rows, Batch batch) {
    return estimates.write(rows, batch);
  }
}
