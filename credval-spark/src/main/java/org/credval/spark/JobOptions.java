package org.credval.spark;

/**
 * The command line of {@link OccupationRollupJob}.
 *
 * @param input the CSV file to read (a local path or any Hadoop file system URI; {@code .gz} is
 *     read as gzip)
 * @param output the directory to write {@code major_groups/} and {@code problems/} under
 * @param master the Spark master, e.g. {@code local[2]}; {@code null} to take it from spark-submit
 * @param columns the input column names
 * @param partitions partitions to spread the input over; 0 keeps the file's own partitioning
 */
public record JobOptions(
    String input, String output, String master, OccupationColumns columns, int partitions) {

  static final String USAGE =
      """
      Usage: OccupationRollupJob --input <csv> --output <dir> [--master <url>] [--partitions <n>]
                                 [--code-column OCC_CODE] [--employment-column TOT_EMP]
                                 [--wage-column A_MEDIAN] [--group-column O_GROUP]""";

  public JobOptions {
    if (input == null || output == null) {
      throw new IllegalArgumentException("both --input and --output are required");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 or more, was " + partitions);
    }
  }

  /** Reads the command line; throws with a message saying what is wrong. */
  public static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    String master = null;
    int partitions = 0;
    OccupationColumns defaults = OccupationColumns.OEWS;
    String code = defaults.code();
    String employment = defaults.employment();
    String wage = defaults.annualMedianWage();
    String group = defaults.group();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--input" -> input = value;
        case "--output" -> output = value;
        case "--master" -> master = value;
        case "--partitions" -> partitions = number(option, value);
        case "--code-column" -> code = value;
        case "--employment-column" -> employment = value;
        case "--wage-column" -> wage = value;
        case "--group-column" -> group = value;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new JobOptions(
        input, output, master, new OccupationColumns(code, employment, wage, group), partitions);
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, was '" + value + "'");
    }
  }
}
