package org.credval.app.labormarket.imports;

import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Table;
import org.credval.app.platform.imports.TabularRow;

/**
 * New York State Department of Labor's OES table (Area Type, Area, Area Name, Standard Occupational
 * Code, Occupational Title, Employment, Mean Wage, Median Wage, Entry Wage, Experienced Wage).
 * Wages are annual. Area Type 1 is the state; 10 is one of New York's ten labor-market regions,
 * coded {@code 36R01} … {@code 36R10} (see {@link OewsArea}). Withheld values are blank and not
 * stored.
 *
 * <p>The file does not say which year its estimates are for (nor does its name), so {@code --set
 * year=YYYY} is required and the file is refused without it.
 */
final class OewsNewYorkLayout implements OewsLayout {

  private static final Map<OewsMeasure, String> COLUMNS = Map.of(
      OewsMeasure.EMPLOYMENT, "Employment",
      OewsMeasure.A_MEAN, "Mean Wage",
      OewsMeasure.A_MEDIAN, "Median Wage",
      OewsMeasure.A_ENTRY, "Entry Wage",
      OewsMeasure.A_EXPERIENCED, "Experienced Wage");

  @Override
  public boolean authoritative() {
    return false;
  }

  @Override
  public List<List<String>> headers() {
    return List.of(List.of("Area Type", "Area", "Area Name", "Standard Occupational Code"));
  }

  @Override
  public void read(Table table, OewsReading reading) {
    Integer year = reading.optionYear();
    if (year == null) {
      throw new ImportFileException(ErrorCode.OPTION_REQUIRED, reading.file().name()
          + " is a New York State DOL wage table, which does not state the year of its estimates; give it with"
          + " --set year=YYYY, e.g. credval import oews " + reading.file().name() + " --set year=2023");
    }
    table.forEachRow(reading.sink(), row -> {
      OewsArea area = area(row, reading);
      if (area != null) {
        reading.add(row, year, area, "Standard Occupational Code", row.get("Occupational Title"), null, COLUMNS);
      }
    });
  }

  private static OewsArea area(TabularRow row, OewsReading reading) {
    String type = row.get("Area Type");
    String code = row.get("Area");
    String name = row.get("Area Name");
    var ny = UsStates.find("36").orElseThrow();
    if ("1".equals(type) && "36".equals(code)) {
      return OewsArea.of(ny, ny.name());
    }
    if ("10".equals(type) && code != null && code.matches("\\d{1,2}") && name != null) {
      return OewsArea.region(ny, Integer.parseInt(code), name);
    }
    reading.sink().reject(row.line(), "Area Type", "expected Area Type 1 with Area 36 (New York State) or Area Type 10"
        + " with a region number and name", ErrorCode.BAD_VALUE, type + "/" + code);
    return null;
  }
}
