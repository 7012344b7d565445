package org.credval.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --option value} pairs of a job's command line, read in order and checked as they
 * come: an option without a value, an option the job does not know, or a number that is not a whole
 * number is refused with a message saying so. A repeated option keeps its last value.
 */
final class JobArguments {

  private final Map<String, String> values;

  private JobArguments(Map<String, String> values) {
    this.values = values;
  }

  /**
   * @param options every option the job takes
   * @param numbers those of them whose value is a whole number
   */
  static JobArguments parse(Set<String> options, Set<String> numbers, String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      if (!options.contains(option)) {
        throw new IllegalArgumentException("unknown option " + option);
      }
      if (numbers.contains(option)) {
        number(option, value);
      }
      values.put(option, value);
    }
    return new JobArguments(values);
  }

  /** The option's value, or null when it was not given. */
  String get(String option) {
    return values.get(option);
  }

  String get(String option, String fallback) {
    return values.getOrDefault(option, fallback);
  }

  int number(String option, int fallback) {
    String value = values.get(option);
    return value == null ? fallback : number(option, value);
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, was '" + value + "'");
    }
  }
}
