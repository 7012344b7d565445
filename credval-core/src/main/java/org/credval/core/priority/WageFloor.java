package org.credval.core.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The "high wage" test: an occupation's median wage must reach this floor. Three published kinds:
 * a fixed figure (a living wage, or a state's published percentile of all wages), a percentile of
 * the rated occupations' median wages, or the "good job" thresholds of $35,000 for workers under 45
 * and $45,000 from 45 (Georgetown CEW).
 */
public sealed interface WageFloor {

  /** The floor in dollars for the rated occupations; {@code medians} are their median wages. */
  BigDecimal amount(List<BigDecimal> medians);

  /** How the floor was set, for a rating's inputs. */
  String describe();

  /** A fixed figure, e.g. a living wage or Indiana's published 25th percentile of all wages. */
  record Fixed(BigDecimal dollars, String label) implements WageFloor {
    public Fixed {
      Objects.requireNonNull(dollars, "dollars");
      Objects.requireNonNull(label, "label");
    }

    @Override
    public BigDecimal amount(List<BigDecimal> medians) {
      return dollars;
    }

    @Override
    public String describe() {
      return label + " ($" + dollars.toPlainString() + ")";
    }
  }

  /**
   * The {@code percentile}th percentile of the rated occupations' median wages, unweighted, by
   * linear interpolation between closest ranks (as spreadsheet PERCENTILE.INC), rounded to cents.
   */
  record PercentileOfOccupations(int percentile) implements WageFloor {
    public PercentileOfOccupations {
      if (percentile < 0 || percentile > 100) {
        throw new IllegalArgumentException("a percentile is between 0 and 100, got " + percentile);
      }
    }

    @Override
    public BigDecimal amount(List<BigDecimal> medians) {
      if (medians.isEmpty()) {
        throw new IllegalArgumentException("no wages to take a percentile of");
      }
      List<BigDecimal> sorted = medians.stream().sorted().toList();
      BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(percentile))
          .divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP);
      int lo = h.intValue();
      BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
      BigDecimal low = sorted.get(lo);
      BigDecimal high = sorted.get(Math.min(lo + 1, sorted.size() - 1));
      return low.add(high.subtract(low).multiply(frac)).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String describe() {
      return percentile + "th percentile of the rated occupations' median wages";
    }
  }

  /** The "good job" wage: $35,000 for workers under 45, $45,000 from 45. */
  record GoodJob(boolean age45OrOver) implements WageFloor {
    @Override
    public BigDecimal amount(List<BigDecimal> medians) {
      return BigDecimal.valueOf(age45OrOver ? 45_000 : 35_000);
    }

    @Override
    public String describe() {
      return "good-job wage for workers " + (age45OrOver ? "45 and over ($45000)" : "under 45 ($35000)");
    }
  }
}
