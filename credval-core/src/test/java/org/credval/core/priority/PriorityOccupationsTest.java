package org.credval.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class PriorityOccupationsTest {

  private static OccupationOutlook occ(String soc, long wage, long openings, String growth, EntryEducation edu) {
    return new OccupationOutlook(SocCode.parse(soc), "Occupation " + soc, BigDecimal.valueOf(wage),
        BigDecimal.valueOf(openings), new BigDecimal(growth), edu);
  }

  /** Ten occupations whose wage, openings and growth all rise together: rank i is decile i + 1. */
  private static List<OccupationOutlook> ladder() {
    List<OccupationOutlook> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add(occ("53-30" + (10 + i), 10_000L * (i + 1), 5L * (i + 1), String.valueOf(i - 2),
          i == 9 ? EntryEducation.BACHELOR : EntryEducation.HIGH_SCHOOL));
    }
    return list;
  }

  private static final PriorityRules LIVING_WAGE_INDIANA = PriorityRules.of(
      new WageFloor.Fixed(BigDecimal.valueOf(45_000), "living wage"), DemandRule.indiana(), true, null);

  @Test
  void ratesStarsByDecilesOfWageOpeningsAndGrowth() {
    List<PriorityRating> r = PriorityOccupations.rate(ladder(), LIVING_WAGE_INDIANA);
    assertThat(r).extracting(PriorityRating::stars).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    assertThat(r.get(4).wageDecile()).isEqualTo(5);
    assertThat(r.get(4).starScore()).isEqualByComparingTo("5");
  }

  @Test
  void priorityNeedsHighWageHighDemandAndSubBaccalaureateEntry() {
    List<PriorityRating> r = PriorityOccupations.rate(ladder(), LIVING_WAGE_INDIANA);
    // wage >= 45,000 from the 5th (50,000); ten-year openings >= 200 from the 4th (20 x 10);
    // the 10th needs a bachelor's degree
    assertThat(r).extracting(PriorityRating::priority)
        .containsExactly(false, false, false, false, true, true, true, true, true, false);
    assertThat(r.get(3).reasons()).containsExactly("median wage $40000 is below the floor $45000");
    assertThat(r.get(0).reasons()).contains("50 openings over ten years, below 200");
    assertThat(r.get(9).reasons()).containsExactly("typical entry education is Bachelor's degree");
    assertThat(r.get(5).wageFloorRule()).isEqualTo("living wage ($45000)");
  }

  @Test
  void aPercentileFloorInterpolatesBetweenRanks() {
    List<BigDecimal> wages = ladder().stream().map(OccupationOutlook::medianWage).toList();
    // h = 9 x 0.25 = 2.25: 30,000 + 0.25 x 10,000
    assertThat(new WageFloor.PercentileOfOccupations(25).amount(wages)).isEqualByComparingTo("32500");
    assertThat(new WageFloor.PercentileOfOccupations(100).amount(wages)).isEqualByComparingTo("100000");
    assertThat(new WageFloor.PercentileOfOccupations(0).amount(wages)).isEqualByComparingTo("10000");
    assertThatThrownBy(() -> new WageFloor.PercentileOfOccupations(101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGoodJobFloorDependsOnAge() {
    PriorityRules under45 = PriorityRules.of(new WageFloor.GoodJob(false), DemandRule.indiana(), false, null);
    PriorityRules from45 = PriorityRules.of(new WageFloor.GoodJob(true), DemandRule.indiana(), false, null);
    assertThat(PriorityOccupations.rate(ladder(), under45).get(3).highWage()).isTrue();
    assertThat(PriorityOccupations.rate(ladder(), from45).get(3).highWage()).isFalse();
    assertThat(PriorityOccupations.rate(ladder(), from45).get(4).wageFloor()).isEqualByComparingTo("45000");
  }

  @Test
  void washingtonsRuleComparesGrowthWithAllOccupationsAndOpeningsWithTheirTotal() {
    PriorityRules wa = PriorityRules.of(new WageFloor.Fixed(BigDecimal.ZERO, "none"),
        new DemandRule(null, new BigDecimal("0.9"), new BigDecimal("0.05")), false, new BigDecimal("3.1"));
    List<PriorityRating> r = PriorityOccupations.rate(ladder(), wa);
    // growth i - 2 >= 2.79 from i = 5; openings 5(i + 1) of 275 >= 5% from i = 2 (15 / 275 = 5.45%)
    assertThat(r).extracting(PriorityRating::highDemand)
        .containsExactly(false, false, false, false, false, true, true, true, true, true);
    assertThat(r.get(4).reasons()).containsExactly("growth 2% is below 0.9 x all occupations' 3.1%");
    assertThat(r.get(1).reasons()).contains("openings are 3.636% of all openings, below 5%");
  }

  @Test
  void equalValuesShareADecileAndWeightsShiftTheScore() {
    List<OccupationOutlook> list = new ArrayList<>(ladder());
    list.set(1, occ("53-3011", 10_000, 10, "-1", EntryEducation.HIGH_SCHOOL));
    List<PriorityRating> r = PriorityOccupations.rate(list, LIVING_WAGE_INDIANA);
    assertThat(r.stream().filter(x -> x.outlook().soc().value().equals("53-3011")).findFirst().orElseThrow()
        .wageDecile()).isEqualTo(1);
    PriorityRules wageOnly = new PriorityRules(new WageFloor.GoodJob(false), DemandRule.indiana(), false, null,
        BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
    List<OccupationOutlook> mixed = new ArrayList<>(ladder());
    mixed.set(9, occ("53-3019", 100_000, 1, "-50", EntryEducation.HIGH_SCHOOL));
    PriorityRating top = PriorityOccupations.rate(mixed, wageOnly).get(9);
    assertThat(top.stars()).isEqualTo(5);
    // equal weights: deciles 10, 1 and 1 average 4, which is 2 stars
    assertThat(PriorityOccupations.rate(mixed, LIVING_WAGE_INDIANA).get(9).starScore()).isEqualByComparingTo("4");
    assertThat(PriorityOccupations.rate(mixed, LIVING_WAGE_INDIANA).get(9).stars()).isEqualTo(2);
  }

  @Test
  void keepsOccupationsWithSuppressedMeasuresUnratedWithAReason() {
    List<OccupationOutlook> list = new ArrayList<>(ladder());
    list.add(new OccupationOutlook(SocCode.parse("53-3099"), "All other", null, BigDecimal.TEN, BigDecimal.ONE,
        EntryEducation.HIGH_SCHOOL));
    PriorityRating r = PriorityOccupations.rate(list, LIVING_WAGE_INDIANA).get(10);
    assertThat(r.stars()).isNull();
    assertThat(r.priority()).isFalse();
    assertThat(r.reasons()).contains("not rated: median wage not published");
  }

  @Test
  void readsBlsEducationLabels() {
    assertThat(EntryEducation.fromBlsLabel("Associate\u2019s degree")).contains(EntryEducation.ASSOCIATE);
    assertThat(EntryEducation.fromBlsLabel("Postsecondary nondegree award").orElseThrow().subBaccalaureate()).isTrue();
    assertThat(EntryEducation.fromBlsLabel("\u2014")).isEmpty();
  }
}
