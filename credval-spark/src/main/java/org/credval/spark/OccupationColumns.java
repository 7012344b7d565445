package org.credval.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.credval.core.labormarket.OccupationRow;

/**
 * The names of the input columns that the occupation roll-up reads.
 *
 * @param code the SOC code column
 * @param employment the employment column
 * @param annualMedianWage the annual median wage column
 * @param group the OEWS occupation-group column; when the file has no column of this name, every
 *     row is taken as a detailed occupation
 */
public record OccupationColumns(
    String code, String employment, String annualMedianWage, String group) {

  /** The column names of the BLS OEWS tables. */
  public static final OccupationColumns OEWS =
      new OccupationColumns("OCC_CODE", "TOT_EMP", "A_MEDIAN", "O_GROUP");

  public OccupationColumns {
    for (String name : new String[] {code, employment, annualMedianWage, group}) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("column names must not be blank");
      }
    }
  }

  /**
   * Finds the columns in a header row. Names match ignoring case and surrounding spaces, since
   * some state releases pad their headers.
   *
   * @throws IllegalArgumentException naming the missing column and the columns there are
   */
  Positions locate(List<String> header) {
    return new Positions(
        required(header, code, "--code-column"),
        required(header, employment, "--employment-column"),
        required(header, annualMedianWage, "--wage-column"),
        indexOf(header, group));
  }

  private static int required(List<String> header, String name, String option) {
    int at = indexOf(header, name);
    if (at < 0) {
      throw new IllegalArgumentException(
          "the input has no column '" + name + "' (its header is " + header
              + "); name the right column with " + option);
    }
    return at;
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i) != null && key(header.get(i)).equals(key(name))) {
        return i;
      }
    }
    return -1;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Where the columns are among the cells of a parsed line, which follow the line number. {@code
   * group} is -1 when the file has no group column.
   */
  record Positions(int code, int employment, int annualMedianWage, int group)
      implements Serializable {

    /** The core row for a Spark row of (line, cell 0, cell 1, ...). */
    OccupationRow occupationRow(Row row) {
      return new OccupationRow(
          row.getLong(0),
          cell(row, code),
          cell(row, employment),
          cell(row, annualMedianWage),
          group < 0 ? null : cell(row, group));
    }

    private static String cell(Row row, int column) {
      return row.getString(1 + column);
    }
  }
}
