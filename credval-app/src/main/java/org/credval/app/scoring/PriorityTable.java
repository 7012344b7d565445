package org.credval.app.scoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The priority occupations as CSV: one row per occupation with every input of its judgement. */
public final class PriorityTable {

  static final List<String> HEADER = List.of("soc_code", "title", "stars", "star_score", "wage_decile",
      "openings_decile", "growth_decile", "priority", "high_wage", "high_demand", "sub_baccalaureate", "wage",
      "wage_measure", "wage_year", "wage_area", "wage_source", "wage_floor", "wage_floor_rule", "annual_openings",
      "openings_ten_years", "growth_percent", "all_occupations_growth_percent", "entry_education", "postings",
      "projection_source", "reasons");

  private PriorityTable() {}

  /** Rows by stars (most first), then SOC code. */
  public static List<PriorityOccupations.PriorityOccupation> ordered(List<PriorityOccupations.PriorityOccupation> rows) {
    return rows.stream().sorted(Comparator.comparing((PriorityOccupations.PriorityOccupation p) ->
        p.stars() == null ? 0 : -p.stars()).thenComparing(p -> p.soc().value())).toList();
  }

  public static String csv(List<PriorityOccupations.PriorityOccupation> rows, MarketSnapshot market) {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      p.printRecord(HEADER);
      for (PriorityOccupations.PriorityOccupation r : ordered(rows)) {
        OccupationMarket m = r.market();
        Wage wage = m.wage();
        var rating = r.rating();
        p.printRecord(m.soc().value(), m.title(), r.stars(), rating.starScore(), rating.wageDecile(),
            rating.openingsDecile(), rating.growthDecile(), r.priority(), r.highWage(), r.highDemand(),
            r.subBaccalaureate(), wage == null ? null : wage.annual(), wage == null ? null : wage.measure(),
            wage == null ? null : wage.year(), wage == null ? null : wage.areaName(),
            wage == null ? null : wage.source() + (wage.fallback() == null ? "" : " (" + wage.fallback() + ")"),
            r.floor(), rating.wageFloorRule(), m.annualOpenings(), m.annualOpenings() == null ? null : m.annualOpenings() * 10,
            m.growthPercent(), market.allOccupationsGrowth(), m.entryEducation(), m.postings(),
            m.projectionPeriod() == null ? null : m.openingsSource(), String.join("; ", rating.reasons()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
