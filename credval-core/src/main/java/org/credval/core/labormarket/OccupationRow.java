package org.credval.core.labormarket;

/**
 * One occupation row of an OEWS-style table, with each cell as published.
 *
 * <p>Cells are kept as text so that the rules for reading them (SOC code variants, thousands
 * separators, the BLS markers {@code *}, {@code **} and {@code #}) live in one place, {@link
 * OccupationRollup}. A cell that is empty, blank or absent from the file is {@code null}, so that
 * readers that tell empty from missing and readers that do not give the same row.
 *
 * @param line the row's line number in its source file (the header is line 1), used in problems
 * @param socCode the occupation code as published: {@code 29-1141}, {@code 291141} or {@code
 *     29-1141.00}
 * @param employment total employment, e.g. {@code 3282010} or {@code 3,282,010}; {@code *} or
 *     {@code **} when not available
 * @param annualMedianWage the annual median wage in dollars; {@code *} or {@code **} when not
 *     available, {@code #} when at or above the BLS top code
 * @param occupationGroup the OEWS {@code O_GROUP} cell ({@code detailed}, {@code broad}, ...), or
 *     {@code null} when the file has no such column and every row is a detailed occupation
 */
public record OccupationRow(
    long line, String socCode, String employment, String annualMedianWage, String occupationGroup) {

  public OccupationRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    socCode = nullWhenBlank(socCode);
    employment = nullWhenBlank(employment);
    annualMedianWage = nullWhenBlank(annualMedianWage);
    occupationGroup = nullWhenBlank(occupationGroup);
  }

  /** A row from a file without an occupation-group column. */
  public OccupationRow(long line, String socCode, String employment, String annualMedianWage) {
    this(line, socCode, employment, annualMedianWage, null);
  }

  /**
   * Whether this row is a detailed occupation. OEWS files mix totals, major, minor, broad and
   * detailed rows; only detailed rows are rolled up, so that no employment is counted twice. The
   * group cell decides, not the shape of the code: OEWS publishes some detailed occupations under
   * codes that look broad, such as {@code 13-1020}.
   */
  public boolean isDetailed() {
    return occupationGroup == null || occupationGroup.strip().equalsIgnoreCase("detailed");
  }

  private static String nullWhenBlank(String cell) {
    return cell == null || cell.isBlank() ? null : cell;
  }
}
