package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TableReader;
import org.credval.app.platform.imports.TabularRow;

/**
 * The BLS OEWS "all data" layout of the national, state and metropolitan files ({@code
 * national_M2024_dl.xlsx}, {@code state_M2024_dl.xlsx}, {@code MSA_M2024_dl.xlsx}) and their CSV
 * conversions: AREA, AREA_TYPE, PRIM_STATE, OCC_CODE, O_GROUP, TOT_EMP, … A_PCT90. The year comes
 * from {@code --set year=}, the file name ({@code _M2024}) or the "Field Descriptions" sheet ("May
 * 2024 OEWS Estimates"). Rows for one industry (NAICS other than 000000) or one kind of owner
 * (I_GROUP other than "cross-industry", as in the all-data file's private-ownership rows) are
 * skipped: the store holds cross-industry, all-ownership estimates, one per area and occupation.
 */
final class OewsBlsLayout implements OewsLayout {

  private static final Pattern MAY_YEAR = Pattern.compile("May (\\d{4}) OEWS");
  static final Map<OewsMeasure, String> COLUMNS = columns();

  private static Map<OewsMeasure, String> columns() {
    Map<OewsMeasure, String> m = new LinkedHashMap<>();
    m.put(OewsMeasure.EMPLOYMENT, "TOT_EMP");
    for (OewsMeasure x : OewsMeasure.values()) {
      if (x != OewsMeasure.EMPLOYMENT && x != OewsMeasure.A_ENTRY && x != OewsMeasure.A_EXPERIENCED) {
        m.put(x, x.name());
      }
    }
    return m;
  }

  @Override
  public List<List<String>> headers() {
    return List.of(List.of("AREA", "OCC_CODE", "O_GROUP", "TOT_EMP"), List.of("AREA", "OCC_CODE", "OCC_GROUP", "TOT_EMP"));
  }

  @Override
  public void read(Table table, OewsReading reading) throws IOException {
    int year = reading.releaseYear(statedYear(reading), "as its name or its Field Descriptions sheet says");
    table.forEachRow(reading.sink(), row -> {
      String naics = row.get("NAICS");
      String industryGroup = row.get("I_GROUP");
      if ((naics != null && !naics.matches("0+"))
          || (industryGroup != null && !industryGroup.equalsIgnoreCase("cross-industry"))) {
        reading.sink().skip("industry- or ownership-specific");
        return;
      }
      OewsArea area = area(row, reading);
      if (area != null) {
        reading.add(row, year, area, "OCC_CODE", row.get("OCC_TITLE"), row.first("O_GROUP", "OCC_GROUP"), COLUMNS);
      }
    });
  }

  private static Integer statedYear(OewsReading reading) throws IOException {
    Integer inName = OewsReading.yearInName(reading.file().name());
    if (inName != null) {
      return inName;
    }
    for (String note : TableReader.sheetFirstCells(reading.file(), "Field Descriptions", 5)) {
      Matcher m = MAY_YEAR.matcher(note);
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  /** AREA_TYPE: 1 U.S., 2 state, 3 territory, 4 metropolitan area, 6 nonmetropolitan area. */
  private static OewsArea area(TabularRow row, OewsReading reading) {
    String code = row.get("AREA");
    String title = row.get("AREA_TITLE");
    String type = row.get("AREA_TYPE");
    String prim = row.get("PRIM_STATE");
    if (code == null) {
      reading.sink().reject(row.line(), "AREA", "the area code is missing", ErrorCode.MISSING_VALUE, null);
      return null;
    }
    String t = type == null ? guessType(code) : type;
    switch (t) {
      case "1" -> {
        return OewsArea.national(title);
      }
      case "2", "3" -> {
        var st = UsStates.find(code);
        if (st.isPresent()) {
          return OewsArea.of(st.get(), title);
        }
      }
      case "4" -> {
        return OewsArea.metro(code, title == null ? code : title, prim);
      }
      case "6" -> {
        return OewsArea.nonmetro(code, title == null ? code : title, prim);
      }
      default -> { }
    }
    reading.sink().reject(row.line(), type == null ? "AREA" : "AREA_TYPE", "area " + code + " of type " + t
        + " is not one OEWS publishes (1 U.S., 2 state, 3 territory, 4 metropolitan, 6 nonmetropolitan area)",
        ErrorCode.BAD_VALUE, type == null ? code : type);
    return null;
  }

  // CSV conversions that dropped AREA_TYPE still have codes of the published widths.
  private static String guessType(String code) {
    return code.equals(OewsArea.NATIONAL_CODE) ? "1" : code.length() <= 2 ? "2" : code.length() == 5 ? "4" : "6";
  }
}
