package org.credval.core.labormarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class OccupationRollupTest {

  private static final SocCode HEALTHCARE = SocCode.parse("29-0000");

  private static OccupationRow detailed(long line, String code, String employment, String wage) {
    return new OccupationRow(line, code, employment, wage, "detailed");
  }

  private static MajorGroupSummary onlyGroup(OccupationRollupResult result) {
    assertThat(result.groups()).hasSize(1);
    return result.groups().get(0);
  }

  @Test
  void readsThePublishedCodeVariantsAsTheSameMajorGroup() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "29-1141", "100", "90000"),
                detailed(3, "291171", "100", "90000"),
                detailed(4, " 29-2061.00 ", "100", "90000")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.majorGroup()).isEqualTo(HEALTHCARE);
    assertThat(group.occupationCount()).isEqualTo(3);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void sumsEmploymentPerMajorGroupInCodeOrder() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "29-1141", "3,282,010", "86070"),
                detailed(3, "15-1252", "1654440", "133080"),
                detailed(4, "29-2061", "628,420", "59730")));

    assertThat(result.groups())
        .extracting(g -> g.majorGroup().value(), MajorGroupSummary::totalEmployment)
        .containsExactly(
            tuple("15-0000", 1_654_440L),
            tuple("29-0000", 3_910_430L));
  }

  @Test
  void skipsRowsThatAreNotDetailedOccupations() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                new OccupationRow(2, "00-0000", "154187380", "49500", "total"),
                new OccupationRow(3, "29-0000", "9592690", "83090", "major"),
                new OccupationRow(4, "29-1000", "6000000", "99999", "minor"),
                new OccupationRow(5, "29-1140", "3282010", "86070", "broad"),
                new OccupationRow(6, "29-1141", "3282010", "86070", "Detailed"),
                new OccupationRow(7, "29-2010", "340000", "61890", "detailed")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.occupationCount()).isEqualTo(2);
    assertThat(group.totalEmployment()).isEqualTo(3_622_010L);
  }

  @Test
  void takesEveryRowAsDetailedWhenThereIsNoGroupColumn() {
    OccupationRollupResult result =
        OccupationRollup.of(List.of(new OccupationRow(2, "29-1141", "10", "50000")));

    assertThat(onlyGroup(result).occupationCount()).isEqualTo(1);
  }

  @Test
  void weightsTheMeanWageByEmployment() {
    // (300 * 50,000 + 100 * 90,000) / 400 = 24,000,000 / 400 = 60,000
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(detailed(2, "29-1141", "300", "50000"), detailed(3, "29-2061", "100", "90000")));

    assertThat(onlyGroup(result).weightedMeanMedianWage()).isEqualTo(new BigDecimal("60000"));
  }

  @Test
  void roundsTheMeanHalfEvenToWholeDollars() {
    // (1 * 10,001 + 1 * 10,002) / 2 = 10,001.5 -> 10,002 (even); (10,000 + 10,001) / 2 = 10,000.5
    // -> 10,000 (even); (2 * 10,000 + 1 * 10,001) / 3 = 10,000.33 -> 10,000
    assertThat(meanOf("1", "10001", "1", "10002")).isEqualTo(new BigDecimal("10002"));
    assertThat(meanOf("1", "10000", "1", "10001")).isEqualTo(new BigDecimal("10000"));
    assertThat(meanOf("2", "10000", "1", "10001")).isEqualTo(new BigDecimal("10000"));
    assertThat(meanOf("1", "10000", "2", "10001")).isEqualTo(new BigDecimal("10001"));
  }

  private static BigDecimal meanOf(String emp1, String wage1, String emp2, String wage2) {
    return onlyGroup(
            OccupationRollup.of(
                List.of(detailed(2, "29-1141", emp1, wage1), detailed(3, "29-2061", emp2, wage2))))
        .weightedMeanMedianWage();
  }

  @Test
  void sumsCentsExactlyBeforeRounding() {
    // 0.5 + 0.5 would be lost if each product were rounded first: (1 * 100.50 + 1 * 100.50) / 2
    // = 100.50 -> 100; (1 * 100.50 + 1 * 101.50) / 2 = 101.00 -> 101
    assertThat(meanOf("1", "100.50", "1", "100.50")).isEqualTo(new BigDecimal("100"));
    assertThat(meanOf("1", "100.50", "1", "101.50")).isEqualTo(new BigDecimal("101"));
  }

  @Test
  void countsSuppressedWagesAndLeavesThemOutOfTheMean() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "27-2011", "38800", "*"),
                detailed(3, "27-2012", "100", "**"),
                detailed(4, "27-2031", "100", ""),
                detailed(5, "27-1024", "200", "61300")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.occupationCount()).isEqualTo(4);
    assertThat(group.totalEmployment()).isEqualTo(39_200L);
    assertThat(group.employmentWithWage()).isEqualTo(200L);
    assertThat(group.weightedMeanMedianWage()).isEqualTo(new BigDecimal("61300"));
    assertThat(group.wageNotAvailableCount()).isEqualTo(3);
    assertThat(group.wageTopCodedCount()).isZero();
    assertThat(group.wageSuppressedOrTopCodedCount()).isEqualTo(3);
  }

  @Test
  void countsTopCodedWagesAndLeavesThemOutOfTheMean() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(detailed(2, "29-1215", "100", "#"), detailed(3, "29-1141", "300", "86070")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.wageTopCodedCount()).isEqualTo(1);
    assertThat(group.wageNotAvailableCount()).isZero();
    assertThat(group.totalEmployment()).isEqualTo(400L);
    assertThat(group.weightedMeanMedianWage()).isEqualTo(new BigDecimal("86070"));
  }

  @Test
  void countsOccupationsWithoutPublishedEmploymentButLeavesThemOutOfSums() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(detailed(2, "29-1141", "**", "90000"), detailed(3, "29-2061", "100", "50000")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.occupationCount()).isEqualTo(2);
    assertThat(group.employmentNotAvailableCount()).isEqualTo(1);
    assertThat(group.totalEmployment()).isEqualTo(100L);
    assertThat(group.weightedMeanMedianWage()).isEqualTo(new BigDecimal("50000"));
  }

  @Test
  void hasNoMeanWhenNoWageIsPublished() {
    MajorGroupSummary group =
        onlyGroup(OccupationRollup.of(List.of(detailed(2, "29-1215", "100", "#"))));

    assertThat(group.weightedMeanMedianWage()).isNull();
    assertThat(group.employmentWithWage()).isZero();
  }

  @Test
  void rejectsMalformedCodesIntoProblemsWithTheirLine() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "29-1141", "100", "90000"),
                detailed(3, "29-11x1", "100", "90000"),
                detailed(4, "2911", "100", "90000"),
                detailed(5, null, "100", "90000"),
                detailed(6, " ", "100", "90000")));

    assertThat(onlyGroup(result).occupationCount()).isEqualTo(1);
    assertThat(result.problems()).extracting(RowProblem::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(result.problems().get(0).reason())
        .contains("'29-11x1'")
        .contains("e.g. 29-1141")
        .endsWith("row not counted");
    assertThat(result.problems().get(2).reason()).startsWith("SOC code is missing");
    assertThat(result.problems().get(3).reason()).startsWith("SOC code is missing");
  }

  @Test
  void rejectsUnreadableEmploymentAndWageNamingEachCell() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "29-1141", "many", "90000"),
                detailed(3, "29-1171", "-5", "90000"),
                detailed(4, "29-1215", "12.5", "90000"),
                detailed(5, "29-2061", "12,34", "90000"),
                detailed(6, "29-2081", "100", "about 90k"),
                detailed(7, "29-2091", "100", "-1"),
                detailed(8, "bad", "~", "~")));

    assertThat(result.groups()).isEmpty();
    assertThat(result.problems())
        .extracting(RowProblem::line)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 8L, 8L);
    assertThat(result.problems().get(0).reason()).startsWith("employment 'many'");
    assertThat(result.problems().get(4).reason()).startsWith("annual median wage 'about 90k'");
    assertThat(result.problems().subList(6, 9))
        .extracting(RowProblem::reason)
        .satisfiesExactly(
            r -> assertThat(r).startsWith("not a SOC code: 'bad'"),
            r -> assertThat(r).startsWith("employment '~'"),
            r -> assertThat(r).startsWith("annual median wage '~'"));
  }

  @Test
  void countsARepeatedOccupationOnceFromItsFirstRow() {
    OccupationRollupResult result =
        OccupationRollup.of(
            List.of(
                detailed(2, "29-1141", "100", "90000"),
                detailed(3, "29-1141.00", "999", "10000"),
                detailed(4, "291141", "999", "10000")));

    MajorGroupSummary group = onlyGroup(result);
    assertThat(group.occupationCount()).isEqualTo(1);
    assertThat(group.totalEmployment()).isEqualTo(100L);
    assertThat(result.problems())
        .extracting(RowProblem::toString)
        .containsExactly(
            "line 3: SOC code 29-1141 was already given on line 2; row not counted",
            "line 4: SOC code 29-1141 was already given on line 2; row not counted");
  }

  @Test
  void givesTheSameResultHoweverRowsAreSplitAndMerged() {
    List<OccupationRow> rows = new ArrayList<>();
    String[] codes = {"11-1011", "11-2021", "15-1252", "29-1141", "29-1215", "27-2011"};
    String[] wages = {"206420", "#", "133080", "86070", "#", "*"};
    for (int i = 0; i < 30; i++) {
      String code = i == 17 ? "15-12x2" : codes[i % codes.length];
      rows.add(detailed(i + 2, code, String.valueOf(1000 + 37 * i), wages[i % wages.length]));
    }
    OccupationRollupResult whole = OccupationRollup.of(rows);

    Random random = new Random(20240501);
    for (int trial = 0; trial < 50; trial++) {
      List<OccupationRow> shuffled = new ArrayList<>(rows);
      Collections.shuffle(shuffled, random);
      List<OccupationRollup> parts = new ArrayList<>();
      int partCount = 1 + random.nextInt(5);
      for (int p = 0; p < partCount; p++) {
        parts.add(new OccupationRollup());
      }
      shuffled.forEach(r -> parts.get(random.nextInt(partCount)).add(r));
      Collections.shuffle(parts, random);
      // Merge as a tree in a random shape, as an engine may.
      while (parts.size() > 1) {
        int i = random.nextInt(parts.size() - 1);
        OccupationRollup right = parts.remove(i + 1);
        parts.set(i, parts.get(i).merge(right));
      }
      assertThat(parts.get(0).result()).isEqualTo(whole);
    }
  }

  @Test
  void mergeLeavesTheOtherRollupUnchanged() {
    OccupationRollup left = new OccupationRollup().add(detailed(2, "29-1141", "100", "90000"));
    OccupationRollup right = new OccupationRollup().add(detailed(3, "29-1141", "5", "10"));
    OccupationRollupResult rightBefore = right.result();

    left.merge(right);

    assertThat(right.result()).isEqualTo(rightBefore);
    assertThat(left.result().problems()).hasSize(1);
  }

  @Test
  void findsTheGroupOfAnyCodeInIt() {
    OccupationRollupResult result =
        OccupationRollup.of(List.of(detailed(2, "29-1141", "100", "90000")));

    assertThat(result.group(SocCode.parse("29-2061"))).isPresent();
    assertThat(result.group(HEALTHCARE)).isPresent();
    assertThat(result.group(SocCode.parse("15-1252"))).isEmpty();
  }
}
