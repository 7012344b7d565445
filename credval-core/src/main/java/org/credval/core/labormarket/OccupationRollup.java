package org.credval.core.labormarket;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.credval.core.code.SocCode;

/**
 * Rolls detailed occupations up to SOC major groups: per group, the number of occupations, their
 * total employment, the employment-weighted mean of their annual median wages, and how many wages
 * BLS withheld or top-coded.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Rows that are not detailed occupations ({@link OccupationRow#isDetailed()}) are skipped.
 *   <li>A row whose code, employment or wage cannot be read is not counted; each unreadable cell
 *       becomes a {@link RowProblem}. Codes are read with {@link SocCode#parse}, so {@code
 *       29-1141}, {@code 291141} and {@code 29-1141.00} are the same occupation.
 *   <li>An occupation given on more than one row is counted once, from its first row (lowest line);
 *       every later row becomes a problem.
 *   <li>Employment and wage-times-employment are summed exactly; the mean is divided out once, at
 *       the end, and rounded {@link RoundingMode#HALF_EVEN half-even} to whole dollars.
 * </ol>
 *
 * <p>The roll-up is built incrementally with {@link #add} and partial roll-ups of disjoint rows
 * combine with {@link #merge}; because the state is keyed by occupation and merging keeps the
 * lowest line, the result is the same however the rows are split and in whatever order the parts
 * are merged. The state is bounded by the number of distinct occupations (about 870 in SOC 2018),
 * not by the number of rows. This is what lets a distributed engine compute exactly what a single
 * pass computes.
 */
public final class OccupationRollup implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** One counted occupation: the values from its first row, and the lines that repeat it. */
  private record Occupation(
      long line, Long employment, PublishedWage wage, SortedSet<Long> repeatedOn)
      implements Serializable {

    Occupation combine(Occupation other) {
      Occupation first = line <= other.line ? this : other;
      Occupation later = first == this ? other : this;
      TreeSet<Long> repeats = new TreeSet<>(repeatedOn);
      repeats.addAll(other.repeatedOn);
      repeats.add(later.line);
      return new Occupation(first.line, first.employment, first.wage, repeats);
    }
  }

  private final TreeMap<String, Occupation> occupations = new TreeMap<>();
  private final ArrayList<RowProblem> problems = new ArrayList<>();

  /** Rolls up all {@code rows} in one pass. */
  public static OccupationRollupResult of(Iterable<OccupationRow> rows) {
    OccupationRollup rollup = new OccupationRollup();
    rows.forEach(rollup::add);
    return rollup.result();
  }

  /** Adds one row and returns this roll-up. */
  public OccupationRollup add(OccupationRow row) {
    if (!row.isDetailed()) {
      return this;
    }
    List<String> reasons = new ArrayList<>(3);
    SocCode code = read(() -> SocCode.parse(row.socCode()), reasons);
    Long employment = read(() -> PublishedNumber.employment(row.employment()), reasons);
    PublishedWage wage = read(() -> PublishedWage.parse(row.annualMedianWage()), reasons);
    if (!reasons.isEmpty()) {
      reasons.forEach(r -> problems.add(new RowProblem(row.line(), r + "; row not counted")));
      return this;
    }
    occupations.merge(
        code.value(),
        new Occupation(row.line(), employment, wage, new TreeSet<>()),
        Occupation::combine);
    return this;
  }

  /**
   * Adds the rows of {@code other}, which must come from other lines of the same table, and
   * returns this roll-up. {@code other} is not changed.
   */
  public OccupationRollup merge(OccupationRollup other) {
    other.occupations.forEach((code, o) -> occupations.merge(code, o, Occupation::combine));
    problems.addAll(other.problems);
    return this;
  }

  /** The summaries and problems of the rows added so far. */
  public OccupationRollupResult result() {
    Map<SocCode, GroupTotals> groups = new TreeMap<>();
    List<RowProblem> all = new ArrayList<>(problems);
    occupations.forEach(
        (code, o) -> {
          SocCode soc = new SocCode(code);
          groups.computeIfAbsent(soc.majorGroup(), g -> new GroupTotals()).add(o);
          for (long line : o.repeatedOn()) {
            all.add(
                new RowProblem(
                    line,
                    "SOC code " + code + " was already given on line " + o.line()
                        + "; row not counted"));
          }
        });
    // Stable sort: a line's own problems stay in column order (code, employment, wage).
    all.sort(RowProblem.BY_LINE);
    List<MajorGroupSummary> summaries = new ArrayList<>(groups.size());
    groups.forEach((major, totals) -> summaries.add(totals.summary(major)));
    return new OccupationRollupResult(summaries, all);
  }

  private interface Reading<T> {
    T read();
  }

  private static <T> T read(Reading<T> reading, List<String> reasons) {
    try {
      return reading.read();
    } catch (IllegalArgumentException e) {
      reasons.add(e.getMessage());
      return null;
    }
  }

  /** Exact running sums for one major group. */
  private static final class GroupTotals {
    private int occupations;
    private long employment;
    private long employmentWithWage;
    private BigDecimal wageTimesEmployment = BigDecimal.ZERO;
    private int wageNotAvailable;
    private int wageTopCoded;
    private int employmentNotAvailable;

    void add(Occupation o) {
      occupations++;
      switch (o.wage().status()) {
        case NOT_AVAILABLE -> wageNotAvailable++;
        case TOP_CODED -> wageTopCoded++;
        case KNOWN -> {}
      }
      if (o.employment() == null) {
        employmentNotAvailable++;
        return;
      }
      employment = Math.addExact(employment, o.employment());
      if (o.wage().status() == PublishedWage.Status.KNOWN) {
        employmentWithWage = Math.addExact(employmentWithWage, o.employment());
        wageTimesEmployment =
            wageTimesEmployment.add(o.wage().annual().multiply(BigDecimal.valueOf(o.employment())));
      }
    }

    MajorGroupSummary summary(SocCode major) {
      BigDecimal mean =
          employmentWithWage == 0
              ? null
              : wageTimesEmployment.divide(
                  BigDecimal.valueOf(employmentWithWage), 0, RoundingMode.HALF_EVEN);
      return new MajorGroupSummary(
          major,
          occupations,
          employment,
          employmentWithWage,
          mean,
          wageNotAvailable,
          wageTopCoded,
          employmentNotAvailable);
    }
  }
}
