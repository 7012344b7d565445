package org.credval.spark;

import java.util.Set;

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
    JobArguments a = JobArguments.parse(Set.of("--input", "--output", "--master", "--partitions", "--code-column",
        "--employment-column", "--wage-column", "--group-column"), Set.of("--partitions"), args);
    OccupationColumns defaults = OccupationColumns.OEWS;
    return new JobOptions(a.get("--input"), a.get("--output"), a.get("--master"),
        new OccupationColumns(a.get("--code-column", defaults.code()),
            a.get("--employment-column", defaults.employment()),
            a.get("--wage-column", defaults.annualMedianWage()), a.get("--group-column", defaults.group())),
        a.number("--partitions", 0));
  }
}
