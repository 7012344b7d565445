package org.credval.app.labormarket.imports;

import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Table;

/**
 * A reduced BLS state file that keeps only AREA_TITLE, OCC_CODE, OCC_TITLE, H_MEAN and A_MEAN (as
 * found for May 2023: semicolon-delimited, UTF-8 with a byte-order mark, thousands separators in
 * A_MEAN). States are named, not coded: names are mapped to FIPS codes and postal abbreviations.
 * Without O_GROUP the level follows from the code; the file holds the total, major groups and the
 * occupations OEWS counts as detailed (including the seven broad codes it publishes as detailed,
 * which are stored as broad here because nothing in the file says otherwise). The year comes from
 * the file name ({@code state_M2023_…}) or {@code --set year=}.
 */
final class OewsMeanOnlyLayout implements OewsLayout {

  private static final Map<OewsMeasure, String> COLUMNS = Map.of(OewsMeasure.H_MEAN, "H_MEAN", OewsMeasure.A_MEAN, "A_MEAN");

  @Override
  public List<List<String>> headers() {
    return List.of(List.of("AREA_TITLE", "OCC_CODE", "H_MEAN", "A_MEAN"));
  }

  @Override
  public void read(Table table, OewsReading reading) {
    int year = reading.releaseYear(OewsReading.yearInName(reading.file().name()), "as its name says");
    table.forEachRow(reading.sink(), row -> {
      String name = row.get("AREA_TITLE");
      var state = UsStates.find(name);
      if (state.isEmpty()) {
        reading.sink().reject(row.line(), "AREA_TITLE", "'" + name + "' is not the name of a state or territory OEWS publishes",
            name == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_VALUE, name);
        return;
      }
      reading.add(row, year, OewsArea.of(state.get(), state.get().name()), "OCC_CODE", row.get("OCC_TITLE"), null, COLUMNS);
    });
  }
}
