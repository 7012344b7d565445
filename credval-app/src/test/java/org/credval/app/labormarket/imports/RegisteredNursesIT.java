package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.credval.app.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The figures a state analyst would quote for Registered Nurses (SOC 29-1141) are exactly the
 * published ones: national employment and median annual wage for each OEWS year, and annual
 * openings from Employment Projections, read here from the BLS workbooks themselves.
 */
class RegisteredNursesIT extends LabormarketImportIT {

  private static final String NURSES = "29-1141";

  @Test
  void storesThePublishedEmploymentWagesAndOpeningsExactly() throws Exception {
    for (int year : List.of(2022, 2023, 2024)) {
      var file = SharedData.file("bls-oews-national/national_M" + year + "_dl.xlsx");
      assertThat(load("oews", file).status()).isIn("COMMITTED");
      Map<String, Object> published = PublishedFiles.sheet(file, null, 1).stream()
          .filter(r -> NURSES.equals(r.get("OCC_CODE"))).findFirst().orElseThrow();

      assertThat(estimate(year, "employment")).as("employment %d", year)
          .isEqualByComparingTo(BigDecimal.valueOf((Double) published.get("TOT_EMP")));
      assertThat(estimate(year, "a_median")).as("median annual wage %d", year)
          .isEqualByComparingTo(BigDecimal.valueOf((Double) published.get("A_MEDIAN")));
    }

    var ep = SharedData.file("bls-ep-2024-34/occupation.xlsx");
    load("ep", ep);
    Map<String, Object> projected = PublishedFiles.sheet(ep, "Table 1.2", 2).stream()
        .filter(r -> NURSES.equals(r.get("2024 National Employment Matrix code"))).findFirst().orElseThrow();
    assertThat(jdbc.queryForObject("select openings_annual_thousands from ep_projection where soc_code = ?",
        BigDecimal.class, NURSES))
        .isEqualByComparingTo(BigDecimal.valueOf((Double) projected.get("Occupational openings, 2024–34 annual average")));
  }

  private BigDecimal estimate(int year, String measure) {
    return jdbc.queryForObject("select est_value from oews_estimate where ref_year = ? and area_code = '99'"
        + " and soc_code = ? and measure = ?", BigDecimal.class, year, NURSES, measure);
  }
}
