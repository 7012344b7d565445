package org.credval.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.credval.core.catalog.Credential;

/**
 * The labor-market criteria of one credential, read from the occupations the catalog links it to.
 * Wages are the median over those occupations; openings are summed; growth is weighted by each
 * occupation's base-year employment; stars are the best of the occupations'.
 */
final class LaborFacts {

  private final Credential credential;
  private final List<OccupationMarket> occupations;
  private final MarketSnapshot market;
  private final LivingWage livingWage;

  LaborFacts(Credential credential, List<OccupationMarket> occupations, MarketSnapshot market, LivingWage livingWage) {
    this.credential = credential;
    this.occupations = occupations;
    this.market = market;
    this.livingWage = livingWage;
  }

  Fact wage() {
    return wageFact("occupation_wage", OccupationMarket::wage, "wage");
  }

  Fact entryWageToLivingWage() {
    String key = "entry_wage_to_living_wage";
    Fact entry = wageFact(key, OccupationMarket::entryWage, "entry wage (25th percentile)");
    if (!entry.present()) {
      return entry;
    }
    BigDecimal ratio = entry.number().divide(livingWage.annual(), 2, RoundingMode.HALF_EVEN);
    return Fact.number(key, ratio, "25th-percentile wage " + Money.text(entry.number()) + " against the living wage of "
        + Money.text(livingWage.annual()) + ": " + entry.explanation(),
        entry.source() + "; living wage: " + livingWage.source());
  }

  private Fact wageFact(String key, Function<OccupationMarket, Wage> which, String what) {
    if (credential.socCodes().isEmpty()) {
      return Fact.none(key, "the catalog links " + credential.code().value() + " to no occupation");
    }
    List<BigDecimal> values = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    for (OccupationMarket o : occupations) {
      Wage w = which.apply(o);
      if (w != null) {
        values.add(w.annual());
        parts.add(o.title() + " (" + o.soc().value() + "), " + w.scope(occupations.size() > 1));
        sources.add(w.source());
      }
    }
    if (values.isEmpty()) {
      return Fact.none(key, "no OEWS " + what + " loaded for its occupations "
          + EvidenceAssembler.socList(credential.socCodes()) + " as of " + market.year());
    }
    BigDecimal m = EvidenceAssembler.median(values, 0);
    String head = values.size() == 1 ? "" : "the median of " + values.size() + " occupations: ";
    return Fact.number(key, m, head + String.join("; ", parts), String.join("; ", sources));
  }

  Fact openings() {
    String key = "occupation_openings";
    List<OccupationMarket> with = occupations.stream().filter(o -> o.annualOpenings() != null).toList();
    if (with.isEmpty()) {
      return Fact.none(key, "no BLS Employment Projections loaded for its occupations "
          + EvidenceAssembler.socList(credential.socCodes()));
    }
    long sum = with.stream().mapToLong(OccupationMarket::annualOpenings).sum();
    List<String> parts = with.stream().map(o -> o.title() + " (" + o.soc().value() + ") "
        + Money.count(o.annualOpenings())).toList();
    return Fact.number(key, BigDecimal.valueOf(sum), (with.size() > 1 ? String.join(" + ", parts)
        : with.get(0).title() + " (" + with.get(0).soc().value() + ")") + ", United States",
        with.get(0).openingsSource() + " (national; no state projections loaded)");
  }

  Fact growth() {
    String key = "occupation_growth";
    List<OccupationMarket> with = occupations.stream()
        .filter(o -> o.growthPercent() != null && o.employmentBase() != null && o.employmentBase() > 0).toList();
    if (with.isEmpty()) {
      return Fact.none(key, "no BLS Employment Projections loaded for its occupations "
          + EvidenceAssembler.socList(credential.socCodes()));
    }
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal base = BigDecimal.ZERO;
    for (OccupationMarket o : with) {
      BigDecimal b = BigDecimal.valueOf(o.employmentBase());
      weighted = weighted.add(b.multiply(o.growthPercent()));
      base = base.add(b);
    }
    BigDecimal g = weighted.divide(base, 1, RoundingMode.HALF_EVEN);
    List<String> parts = with.stream().map(o -> o.title() + " (" + o.soc().value() + ") "
        + signed(o.growthPercent()) + "%").toList();
    String all = market.allOccupationsGrowth() == null ? ""
        : "; all occupations " + signed(market.allOccupationsGrowth()) + "%";
    return Fact.number(key, g, (with.size() > 1 ? "weighted by employment: " + String.join(", ", parts)
        : with.get(0).title() + " (" + with.get(0).soc().value() + ")") + ", United States " + with.get(0).projectionPeriod() + all,
        with.get(0).openingsSource());
  }

  Fact stars(StarRatings ratings) {
    String key = "occupation_stars";
    if (ratings.isEmpty()) {
      return Fact.none(key, "priority occupations could not be rated: wages or projections are not loaded");
    }
    Integer best = null;
    OccupationMarket bestOcc = null;
    for (OccupationMarket o : occupations) {
      Integer s = ratings.of(o.soc());
      if (s != null && (best == null || s > best)) {
        best = s;
        bestOcc = o;
      }
    }
    if (best == null) {
      return Fact.none(key, "none of its occupations " + EvidenceAssembler.socList(credential.socCodes())
          + " has a star rating for " + market.state());
    }
    return Fact.number(key, BigDecimal.valueOf(best), bestOcc.title() + " (" + bestOcc.soc().value()
        + "), the best rated of its occupations", "credval priority occupations, " + market.state() + " " + market.year() + " (" + ratings.method() + ")");
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
