package org.credval.app.labormarket.imports;

import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TabularRow;

/**
 * Washington State Employment Security Department's OEWS table (ID, Year, Area code, Area name, SOC
 * code, Occupational title, Employment, Average wage, 25th/50th/75th Percentile, Annual wage).
 * Wages are hourly except "Annual wage", which is the mean annual wage (Average wage × 2,080).
 * Withheld values are blank, with no marker saying why, so they are not stored.
 *
 * <p>ESD writes area codes in six digits: {@code 000053} is the state (FIPS 53), {@code 042660} the
 * Seattle metropolitan area (CBSA 42660), and {@code 530006} the Western Washington
 * nonmetropolitan area, which BLS codes {@code 5300006}.
 */
final class OewsWashingtonLayout implements OewsLayout {

  private static final Map<OewsMeasure, String> COLUMNS = Map.of(
      OewsMeasure.EMPLOYMENT, "Employment",
      OewsMeasure.H_MEAN, "Average wage",
      OewsMeasure.H_PCT25, "25th Percentile",
      OewsMeasure.H_MEDIAN, "50th Percentile",
      OewsMeasure.H_PCT75, "75th Percentile",
      OewsMeasure.A_MEAN, "Annual wage");

  @Override
  public boolean authoritative() {
    return false;
  }

  @Override
  public List<List<String>> headers() {
    return List.of(List.of("Year", "Area code", "Area name", "SOC code", "Annual wage"));
  }

  @Override
  public void read(Table table, OewsReading reading) {
    Integer option = reading.optionYear();
    table.forEachRow(reading.sink(), row -> {
      String y = row.get("Year");
      if (y == null || !y.matches("\\d{4}")) {
        reading.sink().reject(row.line(), "Year", "the year must be four digits", y == null ? ErrorCode.MISSING_VALUE
            : ErrorCode.BAD_VALUE, y);
        return;
      }
      if (option != null && option != Integer.parseInt(y)) {
        reading.sink().reject(row.line(), "Year", "the row is for " + y + " but --set year=" + option + " was given",
            ErrorCode.BAD_VALUE, y);
        return;
      }
      OewsArea area = area(row, reading);
      if (area != null) {
        reading.add(row, Integer.parseInt(y), area, "SOC code", row.get("Occupational title"), null, COLUMNS);
      }
    });
  }

  private static OewsArea area(TabularRow row, OewsReading reading) {
    String code = row.get("Area code");
    String name = row.get("Area name");
    if (code == null || !code.matches("\\d{6}") || name == null) {
      reading.sink().reject(row.line(), "Area code", "expected a six-digit ESD area code and an area name",
          code == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_VALUE, code);
      return null;
    }
    if (code.startsWith("0000")) {
      var st = UsStates.find(code.substring(4));
      if (st.isPresent()) {
        return OewsArea.of(st.get(), name);
      }
    } else if (code.startsWith("0")) {
      return OewsArea.metro(code.substring(1), name, OewsArea.stateOfTitle(name));
    } else {
      var st = UsStates.find(code.substring(0, 2));
      if (st.isPresent()) {
        return OewsArea.nonmetro(code.substring(0, 2) + OewsArea.leftPad(code.substring(2), 5), name, st.get().postal());
      }
    }
    reading.sink().reject(row.line(), "Area code", code + " names no state", ErrorCode.BAD_VALUE, code);
    return null;
  }
}
