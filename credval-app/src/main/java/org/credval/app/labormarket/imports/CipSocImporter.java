package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.credval.app.platform.imports.TabularRow;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.code.CipCode;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Program-to-occupation crosswalks into {@code cip_soc}, in two layouts:
 *
 * <ul>
 *   <li>the NCES CIP 2020 - SOC 2018 crosswalk ({@code CIP2020_SOC2018_Crosswalk.xlsx}: CIP2020Code,
 *       CIP2020Title, SOC2018Code, SOC2018Title), on whichever sheet has those columns;
 *   <li>the California Community Colleges Centers of Excellence TOP-CIP-SOC crosswalk (sheet
 *       "TOP-CIP-SOC" of {@code TOP-CIP-SOC_Crosswalk_2025-02.xlsx} or its CSV): the CIP code is
 *       "2020 CIP Code" and the SOC code "2018 SOC Code", as its Data Definitions sheet says. The
 *       same CIP-SOC pair recurs under several TOP codes; a row is a duplicate only when TOP, CIP and
 *       SOC all repeat.
 * </ul>
 *
 * <p>SOC 99-9999 ("NO MATCH") and CIP 99.9999 mean the program has no occupation: skipped and
 * counted. Other SOC codes follow the rule in {@link SocCodeCheck}; a CIP code must be in CIP 2020
 * once the CIP file is loaded. A numeric CIP cell that Excel shortened (1.0102) is read as the
 * six-digit code it stands for, since crosswalks hold six-digit codes only.
 */
@Component
class CipSocImporter implements Importer<CipSocImporter.CipSocRow> {

  private static final List<String> NCES = List.of("CIP2020Code", "SOC2018Code");
  private static final List<String> COE = List.of("2020 CIP Code", "2018 SOC Code");
  private static final TableUpsert UPSERT = new TableUpsert("cip_soc", List.of("cip_code", "soc_code"), List.of());

  /** One link from a program to an occupation; {@code top} is the COE TOP code, null in the NCES layout. */
  record CipSocRow(String top, CipCode cip, SocCode soc) {}

  private final JdbcTemplate jdbc;
  private final SocCodes socCodes;

  CipSocImporter(JdbcTemplate jdbc, SocCodes socCodes) {
    this.jdbc = jdbc;
    this.socCodes = socCodes;
  }

  @Override
  public String kind() {
    return "cip-soc";
  }

  @Override
  public String description() {
    return "CIP 2020 to SOC 2018 crosswalk: NCES CIP2020_SOC2018_Crosswalk.xlsx or the CCC COE TOP-CIP-SOC crosswalk";
  }

  @Override
  public Object key(CipSocRow row) {
    return row;
  }

  @Override
  public void read(SourceFile file, RowSink<CipSocRow> sink) throws IOException {
    Table table = TableReader.read(file, null, List.of(NCES, COE), "a CIP 2020 to SOC 2018 crosswalk");
    sink.encoding(table.encoding());
    List<String> columns = table.hasColumn(NCES.get(0)) ? NCES : COE;
    SocCodeCheck check = socCodes.check();
    Set<String> cips = new HashSet<>(jdbc.queryForList("select cip_code from cip_program", String.class));
    table.forEachRow(sink, row -> {
      String rawCip = row.get(columns.get(0));
      String rawSoc = row.get(columns.get(1));
      if (SocCodeCheck.NO_MATCH.equals(rawSoc) || "99.9999".equals(rawCip)) {
        sink.skip("no-match (99-9999 or 99.9999)");
        return;
      }
      CipCode cip = cip(row, columns.get(0), rawCip, cips, sink);
      SocCode soc = cip == null ? null : check.accept(sink, row.line(), columns.get(1), rawSoc);
      if (soc != null) {
        sink.accept(row.line(), new CipSocRow(row.get("Current TOP Code"), cip, soc));
      }
    });
  }

  private static CipCode cip(TabularRow row, String column, String raw, Set<String> known, RowSink<?> sink) {
    CipCode cip;
    try {
      cip = CipCode.parse(sixDigits(raw));
    } catch (IllegalArgumentException e) {
      sink.reject(row.line(), column, e.getMessage(), raw == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_CODE, raw);
      return null;
    }
    if (!known.isEmpty() && !known.contains(cip.value())) {
      sink.reject(row.line(), column, "CIP code " + cip + " is not in CIP 2020; correct it or load the CIP file it comes from",
          ErrorCode.UNKNOWN_CODE, raw);
      return null;
    }
    return cip;
  }

  // Excel stores 01.0102 typed as a number as 1.0102, and 11.0100 as 11.01.
  private static String sixDigits(String raw) {
    if (raw == null || !raw.strip().matches("\\d{1,2}\\.\\d{1,4}")) {
      return raw;
    }
    String[] parts = raw.strip().split("\\.");
    return (parts[0].length() == 1 ? "0" : "") + parts[0] + "." + (parts[1] + "0000").substring(0, 4);
  }

  @Override
  public WriteCounts write(List<CipSocRow> rows, Batch batch) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    rows.forEach(r -> pairs.add(List.of(r.cip().value(), r.soc().value())));
    List<Object[]> values = new ArrayList<>();
    pairs.forEach(p -> values.add(p.toArray()));
    return UPSERT.apply(jdbc, batch, values, null);
  }
}
