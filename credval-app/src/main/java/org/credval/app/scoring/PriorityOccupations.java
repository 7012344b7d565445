package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credval.core.code.SocCode;
import org.springframework.stereotype.Service;

/**
 * Priority occupations of a state: each detailed occupation's wage against a high-wage floor, its
 * openings against a high-demand minimum, its growth against all occupations' and its entry
 * education, and a star rating from 1 to 5.
 */
@Service
public class PriorityOccupations {

  /** The high-wage floors a state can choose. */
  public enum WageFloor {
    /** The configured living wage ({@code --living-wage}). */
    LIVING_WAGE("living wage"),
    /** The 25th percentile of all wages in the state (Indiana's floor); the nation's when the state's is not loaded. */
    STATE_PERCENTILE_25("25th percentile of all wages in the state"),
    /** The "good job" threshold for workers under 45: $35,000. */
    GOOD_JOB_UNDER_45("good job, worker under 45: $35,000"),
    /** The "good job" threshold for workers 45 and older: $45,000. */
    GOOD_JOB_45_PLUS("good job, worker 45 or older: $45,000");

    private final String label;

    WageFloor(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static WageFloor fromKey(String key) {
      for (WageFloor f : values()) {
        if (f.key().equals(key)) {
          return f;
        }
      }
      throw new IllegalArgumentException("no wage floor '" + key + "'; choose one of living-wage, state-percentile-25,"
          + " good-job-under-45, good-job-45-plus");
    }
  }

  /**
   * How occupations are judged.
   *
   * @param minOpeningsTenYears the high-demand minimum: openings over the ten-year projection (Indiana: 200)
   * @param minGrowthRatio growth at least this share of all occupations' growth (Washington: 0.9), or null for none
   */
  public record Options(WageFloor floor, LivingWage livingWage, long minOpeningsTenYears, BigDecimal minGrowthRatio) {

    public static Options defaults(LivingWage livingWage) {
      return new Options(WageFloor.LIVING_WAGE, livingWage, 200, null);
    }
  }

  /** One occupation's judgement, with every input. */
  public record PriorityOccupation(OccupationMarket market, BigDecimal floor, Boolean highWage, Boolean highDemand,
      Boolean growing, Boolean subBaccalaureate, Integer stars) {

    public SocCode soc() {
      return market.soc();
    }

    /** High wage, high demand and below a bachelor's degree at entry: the three tests of a priority occupation. */
    public boolean priority() {
      return Boolean.TRUE.equals(highWage) && Boolean.TRUE.equals(highDemand) && Boolean.TRUE.equals(subBaccalaureate);
    }
  }

  /** The floor in dollars and a sentence saying where it comes from. */
  public record Floor(BigDecimal amount, String text) {}

  public Floor floor(MarketSnapshot market, Options options) {
    return switch (options.floor()) {
      case LIVING_WAGE -> new Floor(options.livingWage().annual(), "living wage " + options.livingWage().text());
      case GOOD_JOB_UNDER_45 -> new Floor(new BigDecimal("35000"), "good-job threshold for workers under 45, $35,000");
      case GOOD_JOB_45_PLUS -> new Floor(new BigDecimal("45000"), "good-job threshold for workers 45 or older, $45,000");
      case STATE_PERCENTILE_25 -> {
        Wage w = market.allOccupationsEntryWage();
        yield w == null ? new Floor(null, "the 25th percentile of all wages is not loaded")
            : new Floor(w.annual(), "25th percentile of all wages, " + Money.text(w.annual()) + " (" + w.source() + ")");
      }
    };
  }

  public List<PriorityOccupation> judge(MarketSnapshot market, Options options) {
    Floor floor = floor(market, options);
    BigDecimal allGrowth = market.allOccupationsGrowth();
    StarRatings stars = ratings(market, options);
    List<PriorityOccupation> out = new ArrayList<>();
    for (OccupationMarket m : market.occupations().values()) {
      Boolean highWage = m.wage() == null || floor.amount() == null ? null : m.wage().annual().compareTo(floor.amount()) >= 0;
      Boolean highDemand = m.annualOpenings() == null ? null : m.annualOpenings() * 10 >= options.minOpeningsTenYears();
      Boolean growing = m.growthPercent() == null || allGrowth == null || options.minGrowthRatio() == null ? null
          : m.growthPercent().compareTo(allGrowth.multiply(options.minGrowthRatio())) >= 0;
      if (options.minGrowthRatio() != null && highDemand != null && growing != null) {
        highDemand = highDemand && growing;
      }
      out.add(new PriorityOccupation(m, floor.amount(), highWage, highDemand, growing, m.subBaccalaureate(),
          stars.of(m.soc())));
    }
    return out;
  }

  /**
   * Star ratings by credval-core's decile method (org.credval.core.priority) over every occupation
   * with a wage, openings and growth; the others are not rated.
   */
  public StarRatings ratings(MarketSnapshot market, Options options) {
    List<org.credval.core.priority.OccupationOutlook> outlooks = new ArrayList<>();
    for (OccupationMarket m : market.occupations().values()) {
      outlooks.add(new org.credval.core.priority.OccupationOutlook(m.soc(), m.title() == null ? m.soc().value() : m.title(),
          m.wage() == null ? null : m.wage().annual(),
          m.annualOpenings() == null ? null : BigDecimal.valueOf(m.annualOpenings()), m.growthPercent(),
          org.credval.core.priority.EntryEducation.fromBlsLabel(m.entryEducation()).orElse(null)));
    }
    // Stars depend only on the deciles; the floor and demand rule here do not change them.
    org.credval.core.priority.PriorityRules rules = org.credval.core.priority.PriorityRules.of(
        new org.credval.core.priority.WageFloor.GoodJob(false), org.credval.core.priority.DemandRule.indiana(), false,
        null);
    Map<SocCode, Integer> stars = new HashMap<>();
    for (org.credval.core.priority.PriorityRating r : org.credval.core.priority.PriorityOccupations.rate(outlooks, rules)) {
      if (r.stars() != null) {
        stars.put(r.outlook().soc(), r.stars());
      }
    }
    return stars.isEmpty() ? StarRatings.NONE : new StarRatings(stars, "deciles of wage, openings and growth among the "
        + stars.size() + " occupations with all three (" + market.stateName() + ", " + market.year() + ")");
  }
}
