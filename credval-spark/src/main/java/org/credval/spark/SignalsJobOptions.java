package org.credval.spark;

import java.util.Set;
import org.credval.core.signals.Area;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;

/**
 * The command line of {@link SignalsJob}.
 *
 * @param postings postings file or folder (local path or any Hadoop file system URI)
 * @param mentions mentions file or folder
 * @param format {@code json} (JSON Lines), {@code csv} (with a header line) or {@code parquet}
 * @param output the folder to write the CSV under
 * @param master the Spark master, e.g. {@code local[2]}; null to take it from spark-submit
 * @param params period, area and thresholds, as {@code credval signals} takes them
 */
public record SignalsJobOptions(
    String postings, String mentions, String format, String output, String master, SignalParams params) {

  static final String USAGE =
      """
      Usage: SignalsJob --postings <path> --mentions <path> --out <dir> --period <period>
                        [--format json|csv|parquet] [--area US|<state>] [--min-pay-n 10]
                        [--top-cooccurring 5] [--master <url>]""";

  public SignalsJobOptions {
    if (postings == null || mentions == null || output == null) {
      throw new IllegalArgumentException("--postings, --mentions and --out are required");
    }
    if (!format.equals("json") && !format.equals("csv") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format must be json, csv or parquet, was '" + format + "'");
    }
  }

  /** Reads the command line; throws with a message saying what is wrong. */
  public static SignalsJobOptions parse(String... args) {
    JobArguments a = JobArguments.parse(Set.of("--postings", "--mentions", "--out", "--master", "--format", "--period",
        "--area", "--min-pay-n", "--top-cooccurring"), Set.of("--min-pay-n", "--top-cooccurring"), args);
    String format = a.get("--format", "json");
    String period = a.get("--period");
    if (period == null) {
      throw new IllegalArgumentException("--period is required (" + Period.SYNTAX + ")");
    }
    return new SignalsJobOptions(a.get("--postings"), a.get("--mentions"), format.equals("jsonl") ? "json" : format,
        a.get("--out"), a.get("--master"), new SignalParams(Period.parse(period), Area.parse(a.get("--area")),
            a.number("--min-pay-n", SignalParams.DEFAULT_MIN_PAY_N),
            a.number("--top-cooccurring", SignalParams.DEFAULT_TOP_COOCCURRING)));
  }
}
