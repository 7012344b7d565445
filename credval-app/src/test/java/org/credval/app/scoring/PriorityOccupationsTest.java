package org.credval.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class PriorityOccupationsTest {

  private static OccupationMarket market(String soc, long wage, Long openings, String growth) {
    return new OccupationMarket(SocCode.parse(soc), "Occupation " + soc,
        new Wage(BigDecimal.valueOf(wage), "median", 2024, "48", "Texas", null, false, false), null, openings,
        new BigDecimal(growth), 1000L, "2024-34", "High school diploma or equivalent", null);
  }

  @Test
  void ratesStarsFromTheLoadedMarketAndLeavesIncompleteOccupationsUnrated() {
    Map<SocCode, OccupationMarket> occupations = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      OccupationMarket m = market("53-30" + (10 + i), 10_000L * (i + 1), 5L * (i + 1), String.valueOf(i));
      occupations.put(m.soc(), m);
    }
    OccupationMarket noOpenings = market("53-3099", 50_000, null, "1");
    occupations.put(noOpenings.soc(), noOpenings);
    MarketSnapshot snapshot = new MarketSnapshot("TX", "Texas", "48", 2024, "2024-34", occupations, null,
        new BigDecimal("3.1"), false);
    StarRatings stars = new PriorityOccupations().ratings(snapshot, null);
    assertThat(stars.of(SocCode.parse("53-3010"))).isEqualTo(1);
    assertThat(stars.of(SocCode.parse("53-3019"))).isEqualTo(5);
    assertThat(stars.of(SocCode.parse("53-3099"))).isNull();
    assertThat(stars.method()).contains("10 occupations");
  }
}
