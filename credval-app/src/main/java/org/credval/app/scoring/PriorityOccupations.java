package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credval.core.code.SocCode;
import org.credval.core.priority.DemandRule;
import org.credval.core.priority.EntryEducation;
import org.credval.core.priority.OccupationOutlook;
import org.credval.core.priority.PriorityRating;
import org.credval.core.priority.PriorityRules;
import org.springframework.stereotype.Service;

/**
 * Priority occupations of a state: the labor market of every detailed occupation read from the
 * database, rated by credval-core ({@code org.credval.core.priority}): 1 to 5 stars by deciles of
 * wage, openings and growth, and priority when the wage reaches the floor, demand reaches the
 * minimum and entry is below a bachelor's degree.
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
   * @param minOpeningsTenYears openings over the ten-year projection at least this (Indiana: 200), or null
   * @param minGrowthRatio growth at least this multiple of all occupations' growth (Washington: 0.9), or null
   * @param minOpeningsShare annual openings at least this share of all openings (Washington: 0.0008), or null
   * @param subBaccalaureateOnly occupations that need a bachelor's degree or more at entry are not priority
   */
  public record Options(WageFloor floor, LivingWage livingWage, BigDecimal minOpeningsTenYears,
      BigDecimal minGrowthRatio, BigDecimal minOpeningsShare, boolean subBaccalaureateOnly) {

    public static Options defaults(LivingWage livingWage) {
      return new Options(WageFloor.LIVING_WAGE, livingWage, BigDecimal.valueOf(200), null, null, true);
    }
  }

  /** One occupation's labor market and its rating with every input. */
  public record PriorityOccupation(OccupationMarket market, PriorityRating rating) {

    public SocCode soc() {
      return market.soc();
    }

    public Integer stars() {
      return rating.stars();
    }

    public boolean priority() {
      return rating.priority();
    }

    public Boolean highWage() {
      return rating.highWage();
    }

    public Boolean highDemand() {
      return rating.highDemand();
    }

    public Boolean subBaccalaureate() {
      return market.subBaccalaureate();
    }

    public BigDecimal floor() {
      return rating.wageFloor();
    }
  }

  /** The floor in dollars and a sentence saying where it comes from. */
  public record Floor(BigDecimal amount, String text) {}

  public Floor floor(MarketSnapshot market, Options options) {
    org.credval.core.priority.WageFloor f = coreFloor(market, options);
    return new Floor(f.amount(List.of(BigDecimal.ONE)), f.describe());
  }

  private static org.credval.core.priority.WageFloor coreFloor(MarketSnapshot market, Options options) {
    return switch (options.floor()) {
      case LIVING_WAGE -> new org.credval.core.priority.WageFloor.Fixed(options.livingWage().annual(),
          "living wage, " + options.livingWage().source());
      case GOOD_JOB_UNDER_45 -> new org.credval.core.priority.WageFloor.GoodJob(false);
      case GOOD_JOB_45_PLUS -> new org.credval.core.priority.WageFloor.GoodJob(true);
      case STATE_PERCENTILE_25 -> {
        Wage w = market.allOccupationsEntryWage();
        if (w == null) {
          throw new IllegalArgumentException("the 25th percentile of all wages (SOC 00-0000) is not loaded for "
              + market.state() + " or the nation; choose another wage floor");
        }
        yield new org.credval.core.priority.WageFloor.Fixed(w.annual(), "25th percentile of all wages, " + w.source()
            + (w.fallback() == null ? "" : " (" + w.fallback() + ")"));
      }
    };
  }

  public List<PriorityOccupation> judge(MarketSnapshot market, Options options) {
    PriorityRules rules = new PriorityRules(coreFloor(market, options), new DemandRule(options.minOpeningsTenYears(),
        options.minGrowthRatio(), options.minOpeningsShare()), options.subBaccalaureateOnly(),
        market.allOccupationsGrowth(), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
    List<OccupationOutlook> outlooks = new ArrayList<>();
    for (OccupationMarket m : market.occupations().values()) {
      outlooks.add(new OccupationOutlook(m.soc(), m.title(), m.wage() == null ? null : m.wage().annual(),
          m.annualOpenings() == null ? null : BigDecimal.valueOf(m.annualOpenings()), m.growthPercent(),
          m.entryEducation() == null ? null : EntryEducation.fromBlsLabel(m.entryEducation()).orElse(null)));
    }
    List<PriorityOccupation> out = new ArrayList<>();
    for (PriorityRating r : org.credval.core.priority.PriorityOccupations.rate(outlooks, rules)) {
      out.add(new PriorityOccupation(market.occupation(r.outlook().soc()), r));
    }
    return out;
  }

  /**
   * Star ratings of every occupation with a wage, openings and growth. Stars do not depend on the
   * floor or the demand rule, so {@code options} may be null.
   */
  public StarRatings ratings(MarketSnapshot market, Options options) {
    Options o = options != null ? options : new Options(WageFloor.GOOD_JOB_UNDER_45, null, null, null, null, false);
    Map<SocCode, Integer> stars = new HashMap<>();
    judge(market, o).forEach(p -> {
      if (p.stars() != null) {
        stars.put(p.soc(), p.stars());
      }
    });
    return new StarRatings(stars, "deciles of wage, openings and growth, equal weights, over the " + stars.size()
        + " occupations with all three");
  }
}
