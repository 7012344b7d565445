package org.credval.spark;

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
    String postings = null;
    String mentions = null;
    String output = null;
    String master = null;
    String format = "json";
    String period = null;
    String area = null;
    int minPayN = SignalParams.DEFAULT_MIN_PAY_N;
    int top = SignalParams.DEFAULT_TOP_COOCCURRING;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--postings" -> postings = value;
        case "--mentions" -> mentions = value;
        case "--out" -> output = value;
        case "--master" -> master = value;
        case "--format" -> format = value.equals("jsonl") ? "json" : value;
        case "--period" -> period = value;
        case "--area" -> area = value;
        case "--min-pay-n" -> minPayN = number(option, value);
        case "--top-cooccurring" -> top = number(option, value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (period == null) {
      throw new IllegalArgumentException("--period is required (" + Period.SYNTAX + ")");
    }
    return new SignalsJobOptions(postings, mentions, format, output, master,
        new SignalParams(Period.parse(period), Area.parse(area), minPayN, top));
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, was '" + value + "'");
    }
  }
}
