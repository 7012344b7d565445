package org.credval.core.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The criteria a rubric may use, from the source documents' four families: employer signals,
 * the labor market of the credential's occupations, quality, and postsecondary currency. Each
 * reads one kind of value from the evidence and needs the listed data sets.
 */
public enum Criterion {
  POSTINGS_DEMAND(Family.EMPLOYER_SIGNALS, Unit.COUNT, "postings naming the credential", DataSet.POSTINGS),
  REQUIRED_SHARE(Family.EMPLOYER_SIGNALS, Unit.SHARE, "share of its occupations' postings requiring it",
      DataSet.POSTINGS),
  PAY_PREMIUM(Family.EMPLOYER_SIGNALS, Unit.SHARE, "advertised pay premium", DataSet.POSTINGS),
  EMPLOYER_PORTABILITY(Family.EMPLOYER_SIGNALS, Unit.COUNT, "distinct employers asking for it", DataSet.POSTINGS),
  OCCUPATION_WAGE(Family.LABOR_MARKET, Unit.USD, "median annual wage of its occupations", DataSet.WAGES),
  OCCUPATION_OPENINGS(Family.LABOR_MARKET, Unit.COUNT, "annual openings in its occupations", DataSet.PROJECTIONS),
  OCCUPATION_GROWTH(Family.LABOR_MARKET, Unit.PERCENT, "ten-year employment growth of its occupations", DataSet.PROJECTIONS),
  OCCUPATION_STARS(Family.LABOR_MARKET, Unit.STARS, "priority-occupation star rating", DataSet.PRIORITY_OCCUPATIONS),
  THIRD_PARTY(Family.QUALITY, Unit.FLAG, "awarded by a third party", DataSet.CATALOG),
  EXAM_BASED(Family.QUALITY, Unit.FLAG, "earned by passing an assessment", DataSet.CATALOG),
  ENTRY_WAGE_TO_LIVING_WAGE(Family.QUALITY, Unit.RATIO, "entry wage as a multiple of the living wage",
      DataSet.WAGES, DataSet.LIVING_WAGE),
  NATIONAL_ACCREDITATION(Family.QUALITY, Unit.FLAG, "nationally accredited (e.g. NCCA, ANSI)", DataSet.CATALOG),
  PREPARATION_HOURS(Family.QUALITY, Unit.HOURS, "hours of preparation", DataSet.CATALOG),
  CREDIT_HOURS(Family.POSTSECONDARY, Unit.HOURS, "college credit hours by articulation", DataSet.ARTICULATION),
  APPRENTICESHIP_HOURS(Family.POSTSECONDARY, Unit.HOURS, "apprenticeship hours credited", DataSet.ARTICULATION),
  STACKS(Family.POSTSECONDARY, Unit.COUNT, "higher credentials or degrees it stacks toward", DataSet.ARTICULATION);

  /** The source documents' four groups of criteria. */
  public enum Family { EMPLOYER_SIGNALS, LABOR_MARKET, QUALITY, POSTSECONDARY }

  /** How a value is read and printed. {@code FLAG} criteria are yes/no, all others numbers. */
  public enum Unit { COUNT, SHARE, USD, PERCENT, STARS, FLAG, RATIO, HOURS }

  private final Family family;
  private final Unit unit;
  private final String description;
  private final List<DataSet> needs;

  Criterion(Family family, Unit unit, String description, DataSet... needs) {
    this.family = family;
    this.unit = unit;
    this.description = description;
    this.needs = List.of(needs);
  }

  public Family family() {
    return family;
  }

  public Unit unit() {
    return unit;
  }

  public boolean isFlag() {
    return unit == Unit.FLAG;
  }

  /** A short description an analyst reads in an explanation. */
  public String description() {
    return description;
  }

  /** The data sets the evidence must include for this criterion to be scored. */
  public List<DataSet> needs() {
    return needs;
  }

  /** The name used in rubric files, e.g. {@code required_share}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Criterion> fromKey(String key) {
    for (Criterion c : values()) {
      if (c.key().equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
