package org.credval.core.priority;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credval.core.code.SocCode;

/**
 * Rates occupations 1 to 5 stars and picks priority occupations, in the spirit of Louisiana's
 * Star Jobs.
 *
 * <p>The decile method: among the occupations that have all three measures, each of median wage,
 * annual openings and growth is ranked from lowest to highest; an occupation at 0-based rank
 * {@code r} of {@code n} is in decile {@code floor(10 r / n) + 1}, and equal values share the decile
 * of the first of them. The star score is the weighted mean of the three deciles; stars are 1 below
 * 3, 2 from 3, 3 from 5, 4 from 7 and 5 from 9. Priority is separate from stars: high wage (the
 * {@link WageFloor}), high demand (the {@link DemandRule}) and, if asked, entry below a bachelor's
 * degree.
 */
public final class PriorityOccupations {

  private PriorityOccupations() {}

  /** Ratings in SOC order. */
  public static List<PriorityRating> rate(List<OccupationOutlook> outlooks, PriorityRules rules) {
    List<OccupationOutlook> rated = outlooks.stream().filter(OccupationOutlook::complete).toList();
    Map<SocCode, Integer> wage = deciles(rated, OccupationOutlook::medianWage);
    Map<SocCode, Integer> openings = deciles(rated, OccupationOutlook::annualOpenings);
    Map<SocCode, Integer> growth = deciles(rated, OccupationOutlook::growthPercent);
    List<BigDecimal> medians = outlooks.stream().map(OccupationOutlook::medianWage)
        .filter(java.util.Objects::nonNull).toList();
    BigDecimal floor = medians.isEmpty() ? null : rules.wageFloor().amount(medians);
    BigDecimal totalOpenings = outlooks.stream().map(OccupationOutlook::annualOpenings)
        .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<PriorityRating> out = new ArrayList<>();
    for (OccupationOutlook o : outlooks.stream().sorted(Comparator.comparing(OccupationOutlook::soc)).toList()) {
      out.add(rate(o, rules, floor, totalOpenings, wage.get(o.soc()), openings.get(o.soc()), growth.get(o.soc())));
    }
    return out;
  }

  private static PriorityRating rate(OccupationOutlook o, PriorityRules rules, BigDecimal floor,
      BigDecimal totalOpenings, Integer wd, Integer od, Integer gd) {
    List<String> reasons = new ArrayList<>();
    Integer stars = null;
    BigDecimal score = null;
    if (wd != null) {
      BigDecimal weights = rules.wageWeight().add(rules.openingsWeight()).add(rules.growthWeight());
      score = rules.wageWeight().multiply(BigDecimal.valueOf(wd))
          .add(rules.openingsWeight().multiply(BigDecimal.valueOf(od)))
          .add(rules.growthWeight().multiply(BigDecimal.valueOf(gd)))
          .divide(weights, 4, RoundingMode.HALF_UP);
      stars = stars(score);
    } else {
      reasons.add("not rated: " + missing(o) + " not published");
    }
    Boolean highWage = o.medianWage() == null || floor == null ? null : o.medianWage().compareTo(floor) >= 0;
    if (Boolean.FALSE.equals(highWage)) {
      reasons.add("median wage $" + o.medianWage().toPlainString() + " is below the floor $" + floor.toPlainString());
    }
    Boolean highDemand = demand(o, rules, totalOpenings, reasons);
    boolean educationOk = true;
    if (rules.subBaccalaureateOnly()) {
      if (o.education() == null) {
        educationOk = false;
        reasons.add("typical entry education not published");
      } else if (!o.education().subBaccalaureate()) {
        educationOk = false;
        reasons.add("typical entry education is " + o.education().blsLabel());
      }
    }
    boolean priority = Boolean.TRUE.equals(highWage) && Boolean.TRUE.equals(highDemand) && educationOk;
    return new PriorityRating(o, stars, wd, od, gd, score, floor, rules.wageFloor().describe(), highWage, highDemand,
        priority, reasons);
  }

  private static Boolean demand(OccupationOutlook o, PriorityRules rules, BigDecimal totalOpenings,
      List<String> reasons) {
    DemandRule d = rules.demand();
    if (o.annualOpenings() == null || (d.minGrowthRelativeToAll() != null && o.growthPercent() == null)) {
      return null;
    }
    boolean ok = true;
    if (d.minTenYearOpenings() != null) {
      BigDecimal tenYear = o.annualOpenings().multiply(BigDecimal.TEN);
      if (tenYear.compareTo(d.minTenYearOpenings()) < 0) {
        ok = false;
        reasons.add(tenYear.stripTrailingZeros().toPlainString() + " openings over ten years, below "
            + d.minTenYearOpenings().toPlainString());
      }
    }
    if (d.minGrowthRelativeToAll() != null) {
      BigDecimal need = rules.allOccupationsGrowthPercent().multiply(d.minGrowthRelativeToAll());
      if (o.growthPercent().compareTo(need) < 0) {
        ok = false;
        reasons.add("growth " + o.growthPercent().toPlainString() + "% is below "
            + d.minGrowthRelativeToAll().toPlainString() + " x all occupations' "
            + rules.allOccupationsGrowthPercent().toPlainString() + "%");
      }
    }
    if (d.minOpeningsShare() != null && totalOpenings.signum() > 0) {
      BigDecimal share = o.annualOpenings().divide(totalOpenings, 8, RoundingMode.HALF_UP);
      if (share.compareTo(d.minOpeningsShare()) < 0) {
        ok = false;
        reasons.add("openings are " + share.movePointRight(2).setScale(3, RoundingMode.HALF_UP).toPlainString()
            + "% of all openings, below " + d.minOpeningsShare().movePointRight(2).stripTrailingZeros().toPlainString()
            + "%");
      }
    }
    return ok;
  }

  /** 1 below a score of 3, 2 from 3, 3 from 5, 4 from 7, 5 from 9. */
  static int stars(BigDecimal score) {
    int s = score.subtract(BigDecimal.ONE).divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR).intValue() + 1;
    return Math.max(1, Math.min(5, s));
  }

  /** Decile 1-10 of each occupation's value; ties share the decile of the first of them. */
  static Map<SocCode, Integer> deciles(List<OccupationOutlook> rated, Function<OccupationOutlook, BigDecimal> measure) {
    List<OccupationOutlook> sorted = new ArrayList<>(rated);
    sorted.sort(Comparator.comparing(measure).thenComparing(OccupationOutlook::soc));
    Map<SocCode, Integer> out = new HashMap<>();
    int n = sorted.size();
    int firstOfTie = 0;
    for (int r = 0; r < n; r++) {
      if (r > 0 && measure.apply(sorted.get(r)).compareTo(measure.apply(sorted.get(r - 1))) != 0) {
        firstOfTie = r;
      }
      out.put(sorted.get(r).soc(), (int) ((10L * firstOfTie) / n) + 1);
    }
    return out;
  }

  private static String missing(OccupationOutlook o) {
    List<String> m = new ArrayList<>();
    if (o.medianWage() == null) {
      m.add("median wage");
    }
    if (o.annualOpenings() == null) {
      m.add("openings");
    }
    if (o.growthPercent() == null) {
      m.add("growth");
    }
    return String.join(", ", m);
  }
}
