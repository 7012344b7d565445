package org.credval.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.credval.core.code.SocCode;
import org.credval.core.labormarket.MajorGroupSummary;
import org.credval.core.labormarket.OccupationRollup;
import org.credval.core.labormarket.OccupationRollupResult;
import org.credval.core.labormarket.RowProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OccupationRollupJobTest {

  private static final Path BLS_NATIONAL_2024 =
      Path.of(System.getProperty("credval.shared.dir", "../shared"))
          .resolve("data/bls-oews-national/oews_national_M2024.csv.gz");

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("OccupationRollupJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(OccupationRollupJobTest.class.getResource("/" + name)).toURI());
  }

  private static OccupationRollupResult coreRollup(Path file, OccupationColumns columns)
      throws IOException {
    return OccupationRollup.of(PlainCsvTable.read(file).occupationRows(columns));
  }

  @Test
  void sparkRollupOfTheFixtureEqualsTheCoreRollup() throws Exception {
    Path fixture = resource("oews-fixture.csv");
    OccupationRollupResult core = coreRollup(fixture, OccupationColumns.OEWS);
    // Two splits, with line 4 and its repeat on line 21 apart, so merging partial roll-ups counts.
    assertThat(new JavaSparkContext(spark.sparkContext()).textFile(fixture.toString()).getNumPartitions())
        .isEqualTo(2);

    // The file's own two splits, then lines scattered over more partitions than groups.
    for (int partitions : new int[] {0, 5}) {
      OccupationRollupResult viaSpark =
          OccupationRollupJob.rollup(spark, fixture.toString(), OccupationColumns.OEWS, partitions);
      assertThat(viaSpark).isEqualTo(core);
    }
  }

  @Test
  void fixtureRollupHasTheHandComputedFigures() throws Exception {
    OccupationRollupResult result =
        OccupationRollupJob.rollup(
            spark, resource("oews-fixture.csv").toString(), OccupationColumns.OEWS, 0);

    // 29: 3,282,010 + 299,160 + 109,920 + 315,360 + 340,000 + 628,420 + 123,456 = 5,098,326 jobs.
    // The two physicians rows are top-coded (#), so the mean's weight is 4,673,046 and the mean
    // is 412,668,921,888.00 / 4,673,046 = 88,308.337... -> 88,308.
    assertThat(result.groups())
        .extracting(
            g -> g.majorGroup().value(),
            MajorGroupSummary::occupationCount,
            MajorGroupSummary::totalEmployment,
            MajorGroupSummary::employmentWithWage,
            MajorGroupSummary::weightedMeanMedianWage,
            MajorGroupSummary::wageNotAvailableCount,
            MajorGroupSummary::wageTopCodedCount,
            MajorGroupSummary::employmentNotAvailableCount)
        .containsExactly(
            tuple("15-0000", 3, 2_605_260L, 2_605_260L, new BigDecimal("122709"), 0, 0, 0),
            tuple("27-0000", 4, 298_950L, 260_150L, new BigDecimal("60959"), 1, 0, 1),
            tuple("29-0000", 7, 5_098_326L, 4_673_046L, new BigDecimal("88308"), 0, 2, 0),
            tuple("53-0000", 1, 3_000_000L, 3_000_000L, new BigDecimal("37860"), 0, 0, 0));
    assertThat(result.problems())
        .extracting(RowProblem::line, p -> p.reason().substring(0, 24))
        .containsExactly(
            tuple(14L, "not a SOC code: '15-12x1"),
            tuple(21L, "SOC code 29-1141 was alr"),
            tuple(22L, "employment 'many' is not"));
  }

  @Test
  void readsConfiguredColumnsAndTakesEveryRowAsDetailedWithoutAGroupColumn() throws Exception {
    Path file = resource("occupation-wages-custom-columns.csv");
    OccupationColumns columns =
        JobOptions.parse(
                "--input", file.toString(), "--output", "unused",
                "--code-column", "SOC code", "--employment-column", "Employment",
                "--wage-column", "50th Percentile Annual")
            .columns();

    OccupationRollupResult result = OccupationRollupJob.rollup(spark, file.toString(), columns, 0);

    assertThat(result).isEqualTo(coreRollup(file, columns));
    // (100 * 50,000 + 300 * 40,000) / 400 = 42,500
    assertThat(result.group(SocCode.parse("29-0000")).orElseThrow())
        .extracting(MajorGroupSummary::occupationCount, MajorGroupSummary::weightedMeanMedianWage)
        .containsExactly(2, new BigDecimal("42500"));
    assertThat(result.group(SocCode.parse("15-0000")).orElseThrow().wageNotAvailableCount())
        .isEqualTo(1);
  }

  @Test
  void writesMajorGroupsAndProblemsAsCsvThatMatchTheCoreRollup(@TempDir Path temp)
      throws Exception {
    Path fixture = resource("oews-fixture.csv");
    Path output = temp.resolve("out");
    JobOptions options =
        JobOptions.parse("--input", fixture.toString(), "--output", output.toString());

    OccupationRollupJob.run(spark, options);

    OccupationRollupResult core = coreRollup(fixture, OccupationColumns.OEWS);
    List<List<String>> expectedGroups = new ArrayList<>();
    for (MajorGroupSummary g : core.groups()) {
      expectedGroups.add(
          List.of(
              g.majorGroup().value(),
              String.valueOf(g.occupationCount()),
              String.valueOf(g.totalEmployment()),
              String.valueOf(g.employmentWithWage()),
              g.weightedMeanMedianWage() == null ? "" : g.weightedMeanMedianWage().toPlainString(),
              String.valueOf(g.wageNotAvailableCount()),
              String.valueOf(g.wageTopCodedCount()),
              String.valueOf(g.employmentNotAvailableCount())));
    }
    List<List<String>> expectedProblems = new ArrayList<>();
    for (RowProblem p : core.problems()) {
      expectedProblems.add(List.of(String.valueOf(p.line()), p.reason()));
    }

    PlainCsvTable groups = onlyCsvIn(output.resolve("major_groups"));
    assertThat(groups.header())
        .containsExactly(OccupationRollupJob.MAJOR_GROUP_COLUMNS.fieldNames());
    assertThat(groups.lines()).extracting(PlainCsvTable.Line::cells).isEqualTo(expectedGroups);
    PlainCsvTable problems = onlyCsvIn(output.resolve("problems"));
    assertThat(problems.header()).containsExactly("line", "reason");
    assertThat(problems.lines()).extracting(PlainCsvTable.Line::cells).isEqualTo(expectedProblems);
  }

  @Test
  void refusesToReplaceEarlierOutput(@TempDir Path temp) throws Exception {
    Files.createDirectories(temp.resolve("major_groups"));
    JobOptions options =
        JobOptions.parse(
            "--input", resource("oews-fixture.csv").toString(), "--output", temp.toString());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> OccupationRollupJob.run(spark, options))
        .withMessageContaining("already exists");
  }

  @Test
  void namesTheMissingColumnAndTheOptionToFixIt() throws Exception {
    OccupationColumns columns = new OccupationColumns("SOC", "TOT_EMP", "A_MEDIAN", "O_GROUP");

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                OccupationRollupJob.rollup(
                    spark, resource("oews-fixture.csv").toString(), columns, 0))
        .withMessageContaining("no column 'SOC'")
        .withMessageContaining("OCC_CODE")
        .withMessageContaining("--code-column");
  }

  @Test
  void sparkRollupOfTheBlsNationalTableEqualsTheCoreRollup() throws Exception {
    assumeTrue(
        Files.isRegularFile(BLS_NATIONAL_2024),
        "Skipped: the BLS OEWS national May 2024 table is not at "
            + BLS_NATIONAL_2024.toAbsolutePath()
            + " (set -Dcredval.shared.dir to the folder holding data/bls-oews-national)");
    OccupationRollupResult core = coreRollup(BLS_NATIONAL_2024, OccupationColumns.OEWS);

    OccupationRollupResult viaSpark =
        OccupationRollupJob.rollup(spark, BLS_NATIONAL_2024.toString(), OccupationColumns.OEWS, 3);

    assertThat(viaSpark).isEqualTo(core);

    // Facts checked against the file directly, not through the roll-up.
    PlainCsvTable table = PlainCsvTable.read(BLS_NATIONAL_2024);
    int code = table.column("OCC_CODE");
    int group = table.column("O_GROUP");
    int employment = table.column("TOT_EMP");
    int wage = table.column("A_MEDIAN");
    List<PlainCsvTable.Line> healthcare =
        table.lines().stream()
            .filter(l -> l.cell(group).equals("detailed") && l.cell(code).startsWith("29-"))
            .toList();
    long healthcareJobs =
        healthcare.stream().mapToLong(l -> Long.parseLong(l.cell(employment))).sum();
    long healthcareTopCoded = healthcare.stream().filter(l -> l.cell(wage).equals("#")).count();
    long jobsWithWage = 0;
    long wageTimesJobs = 0;
    for (PlainCsvTable.Line l : healthcare) {
      if (l.cell(wage).chars().allMatch(Character::isDigit)) {
        jobsWithWage += Long.parseLong(l.cell(employment));
        wageTimesJobs += Long.parseLong(l.cell(employment)) * Long.parseLong(l.cell(wage));
      }
    }
    BigDecimal healthcareMean =
        BigDecimal.valueOf(wageTimesJobs)
            .divide(BigDecimal.valueOf(jobsWithWage), 0, RoundingMode.HALF_EVEN);
    long detailedRows = table.lines().stream().filter(l -> l.cell(group).equals("detailed")).count();

    MajorGroupSummary healthcareSummary = viaSpark.group(SocCode.parse("29-0000")).orElseThrow();
    assertThat(healthcareSummary.totalEmployment()).isEqualTo(healthcareJobs);
    assertThat(healthcareSummary.occupationCount()).isEqualTo(healthcare.size());
    assertThat(healthcareSummary.wageTopCodedCount()).isEqualTo((int) healthcareTopCoded);
    assertThat(healthcareSummary.employmentWithWage()).isEqualTo(jobsWithWage);
    assertThat(healthcareSummary.weightedMeanMedianWage()).isEqualTo(healthcareMean);
    assertThat(viaSpark.groups()).hasSize(22);
    assertThat(viaSpark.groups().stream().mapToLong(MajorGroupSummary::occupationCount).sum())
        .isEqualTo(detailedRows);
    assertThat(viaSpark.problems()).isEmpty();
  }

  private static PlainCsvTable onlyCsvIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> csv = files.filter(f -> f.toString().endsWith(".csv")).toList();
      assertThat(csv).hasSize(1);
      return PlainCsvTable.read(csv.get(0));
    }
  }
}
