package org.credval.app.labormarket.web;

import java.util.List;

/**
 * An occupation as the API returns it.
 *
 * @param wages OEWS estimates by year and area, each measure with its BLS marker
 * @param nationalByYear national employment and median annual wage for each OEWS year
 * @param projections BLS Employment Projections, newest first; employment and openings in people
 * @param projectedAnnualOpenings average annual openings in the newest projection, in people
 */
public record OccupationDetail(
    String soc,
    String title,
    String level,
    String definition,
    List<String> otherTitles,
    List<WageRow> wages,
    List<NationalYear> nationalByYear,
    List<Projection> projections,
    Long projectedAnnualOpenings,
    List<RelatedCredential> credentials,
    List<RelatedProgram> programs) {

  /** National headline numbers for one OEWS year; a flag says why a value is missing or top-coded. */
  public record NationalYear(int year, Long employment, String employmentFlag, java.math.BigDecimal medianAnnualWage,
      String medianAnnualWageFlag) {

    static NationalYear of(WageRow r) {
      Estimate emp = r.employment();
      Estimate median = r.annualMedian();
      return new NationalYear(r.year(), emp.value() == null ? null : emp.value().longValue(), emp.flag(),
          median.value(), median.flag());
    }
  }
}
