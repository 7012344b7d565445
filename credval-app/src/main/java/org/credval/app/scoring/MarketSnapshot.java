package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.Map;
import org.credval.core.code.SocCode;

/**
 * The labor market of every detailed occupation for one state as of one year.
 *
 * @param stateArea the state's OEWS area code, or null when no wages of the state are loaded
 * @param projectionPeriod the Employment Projections decade read, or null when none is loaded
 * @param allOccupationsEntryWage the 25th percentile of all wages (SOC 00-0000): the state's, or the nation's
 * @param allOccupationsGrowth projected growth of all occupations, percent (national)
 * @param postingsLoaded whether job postings coded to occupations are stored for the state
 */
public record MarketSnapshot(String state, String stateName, String stateArea, int year, String projectionPeriod,
    Map<SocCode, OccupationMarket> occupations, Wage allOccupationsEntryWage, BigDecimal allOccupationsGrowth,
    boolean postingsLoaded) {

  public OccupationMarket occupation(SocCode soc) {
    return occupations.get(soc);
  }
}
