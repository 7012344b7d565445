package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OewsImportIT extends LabormarketImportIT {

  private static final List<String> BLS_MEASURES = List.of("TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "H_MEAN",
      "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN",
      "A_PCT75", "A_PCT90");
  private static final Set<String> KEPT = Set.of("major", "broad", "detailed");

  @TempDir Path tmp;

  /** The national CSV's kept rows by code (a broad/detailed pair with one code counts once). */
  private static Map<String, Map<String, String>> keptNationalRows(int year) throws Exception {
    Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
    for (Map<String, String> r : PublishedFiles.csv(SharedData.file("bls-oews-national/oews_national_M" + year + ".csv.gz"))) {
      if (KEPT.contains(r.get("O_GROUP"))) {
        byCode.putIfAbsent(r.get("OCC_CODE"), r);
      }
    }
    return byCode;
  }

  private static long cells(Iterable<Map<String, String>> rows, List<String> columns, String only) {
    long n = 0;
    for (Map<String, String> r : rows) {
      for (String c : columns) {
        String v = r.get(c);
        if (v != null && !v.isBlank() && (only == null || only.equals(v))) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void keepsThreeNationalReleasesSideBySideAndFindsTheirCsvConversionsEqual() throws Exception {
    for (int year : List.of(2022, 2023, 2024)) {
      Map<String, Map<String, String>> kept = keptNationalRows(year);
      long estimates = cells(kept.values(), BLS_MEASURES, null);

      ImportReport xlsx = load("oews", SharedData.file("bls-oews-national/national_M" + year + "_dl.xlsx"));
      assertThat(xlsx.status()).as("%d", year).isEqualTo("COMMITTED");
      assertThat(xlsx.rejections()).as("%d", year).isEmpty();
      assertThat(xlsx.accepted()).isEqualTo(kept.size());
      assertThat(xlsx.message()).contains("kept once as detailed").contains("minor group").contains("all-occupations total");
      assertThat(count("select count(*) from oews_estimate where ref_year = ? and area_code = '99'", year)).isEqualTo((int) estimates);
      assertThat(count("select count(*) from oews_estimate where ref_year = ? and flag = '#'", year))
          .isEqualTo((int) cells(kept.values(), BLS_MEASURES, "#"));
      assertThat(count("select count(*) from oews_estimate where ref_year = ? and flag = '*' and est_value is null", year))
          .isEqualTo((int) cells(kept.values(), BLS_MEASURES, "*"));
      assertThat(count("select count(distinct soc_code) from oews_estimate where ref_year = ? and o_group = 'detailed'", year))
          .isEqualTo((int) PublishedFiles.csv(SharedData.file("bls-oews-national/oews_national_M" + year + ".csv.gz")).stream()
              .filter(r -> r.get("O_GROUP").equals("detailed")).count());

      ImportReport csv = load("oews", SharedData.file("bls-oews-national/oews_national_M" + year + ".csv.gz"));
      assertThat(csv.status()).isEqualTo("COMMITTED");
      assertThat(csv.inserted()).as("%d", year).isZero();
      assertThat(csv.updated()).as("%d", year).isZero();
      assertThat(csv.unchanged()).isEqualTo((int) estimates + 1);
      assertThat(load("oews", SharedData.file("bls-oews-national/national_M" + year + "_dl.xlsx")).status()).isEqualTo("UNCHANGED");
    }
    assertThat(count("select count(distinct ref_year) from oews_estimate where soc_code = '29-1141'")).isEqualTo(3);
    assertThat(jdbc.queryForObject("select title from oews_area where area_code = '99'", String.class)).isEqualTo("U.S.");
  }

  @Test
  void takesTheYearFromTheFieldDescriptionsWhenTheNameDoesNotSayAndRefusesAContradiction() throws Exception {
    Path renamed = tmp.resolve("oews-national.xlsx");
    Files.copy(SharedData.file("bls-oews-national/national_M2023_dl.xlsx"), renamed);
    ImportReport r = load("oews", renamed);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(count("select count(*) from oews_estimate where ref_year = 2023")).isPositive();

    ImportReport wrong = load("oews", SharedData.file("bls-oews-national/national_M2024_dl.xlsx"), Map.of("year", "2021"));
    assertThat(wrong.status()).isEqualTo("REJECTED");
    assertThat(wrong.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.BAD_VALUE);
      assertThat(x.describe()).contains("national_M2024_dl.xlsx is the May 2024 release").contains("--set year=2021");
    });
  }

  @Test
  void readsTheBlsStateLayoutWithItsFipsCodesAsTextOrNumbers() throws Exception {
    Path state = tmp.resolve("state_M2023_dl.xlsx");
    String[] header = {"AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP", "OWN_CODE",
        "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT",
        "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25",
        "A_MEDIAN", "A_PCT75", "A_PCT90", "ANNUAL", "HOURLY"};
    Object[][] rows = {
        {"01", "Alabama", 2.0, "AL", "000000", "Cross-industry", "cross-industry", 1235.0, "00-0000", "All Occupations", "total",
            2000000.0, 0.4, 1000.0, 1.0, null, null, 25.67, 53400.0, 0.4},
        {"01", "Alabama", 2.0, "AL", "000000", "Cross-industry", "cross-industry", 1235.0, "29-1141", "Registered Nurses",
            "detailed", 50250.0, 1.5, 24.6, 0.83, null, null, 34.31, 71370.0, 0.7, 24.8, 28.5, 32.9, 38.4, 45.1, 51580.0,
            59280.0, 68430.0, 79870.0, 93810.0},
        {6.0, "California", 2.0, "CA", "000000", "Cross-industry", "cross-industry", 1235.0, "29-1141", "Registered Nurses",
            "detailed", 324400.0, 1.2, 18.0, 0.92, null, null, 65.52, 136280.0, 0.6, "#", 50.0, 64.0, 77.0, "#", 80000.0,
            104000.0, 133120.0, 160160.0, "#"},
        {6.0, "California", 2.0, "CA", "000000", "Cross-industry", "cross-industry", 1235.0, "29-1000",
            "Health Diagnosing and Treating Practitioners", "minor", 700000.0},
        {72.0, "Puerto Rico", 3.0, "PR", "000000", "Cross-industry", "cross-industry", 1235.0, "29-1141", "Registered Nurses",
            "detailed", "**", null, "~", null, null, null, 16.2, 33690.0},
        {6.0, "California", 2.0, "CA", "000000", "Cross-industry, Private Ownership Only",
            "cross-industry, private ownership only", 5.0, "29-1141", "Registered Nurses", "detailed", 250000.0}};
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(state)) {
      var sheet = wb.createSheet("state_M2023_dl");
      var h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else if (rows[r][c] != null) {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      wb.write(out);
    }

    ImportReport r = load("oews", state);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.message()).contains("1 all-occupations total").contains("1 minor group")
        .contains("1 industry- or ownership-specific");
    assertThat(jdbc.queryForList("select area_code || ' ' || area_type || ' ' || state from oews_area order by 1", String.class))
        .containsExactly("01 state AL", "06 state CA", "72 territory PR");
    assertThat(jdbc.queryForObject("select est_value from oews_estimate where ref_year = 2023 and area_code = '06'"
        + " and soc_code = '29-1141' and measure = 'a_median'", BigDecimal.class)).isEqualByComparingTo("133120");
    assertThat(count("select count(*) from oews_estimate where area_code = '06' and flag = '#' and est_value is null")).isEqualTo(3);
    assertThat(jdbc.queryForObject("select flag from oews_estimate where area_code = '72' and measure = 'employment'",
        String.class)).isEqualTo("**");
    assertThat(jdbc.queryForObject("select flag from oews_estimate where area_code = '72' and measure = 'jobs_1000'",
        String.class)).isEqualTo("~");
  }

  @Test
  void mapsStateNamesOfTheReducedMeanWageFileToFipsCodes() throws Exception {
    Path file = SharedData.file("bls-oews-state-2023-meanwage/state_M2023_dl_meanonly.raw.csv.gz");
    List<Map<String, String>> published = PublishedFiles.csv(file, ';');
    List<Map<String, String>> kept = published.stream().filter(r -> !r.get("OCC_CODE").equals("00-0000")).toList();

    ImportReport r = load("oews", file, Map.of("year", "2023"));
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.encoding()).isEqualTo("UTF-8 (with BOM)");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.accepted()).isEqualTo(kept.size());
    assertThat(count("select count(*) from oews_estimate where ref_year = 2023"))
        .isEqualTo((int) cells(kept, List.of("H_MEAN", "A_MEAN"), null));
    assertThat(count("select count(*) from oews_area where area_type in ('state', 'territory')"))
        .isEqualTo((int) published.stream().map(x -> x.get("AREA_TITLE")).distinct().count());
    assertThat(jdbc.queryForObject("select area_code || ' ' || state from oews_area where title = 'Puerto Rico'", String.class))
        .isEqualTo("72 PR");
    String alabamaNurses = published.stream()
        .filter(x -> x.get("AREA_TITLE").equals("Alabama") && x.get("OCC_CODE").equals("29-1141"))
        .findFirst().orElseThrow().get("A_MEAN");
    assertThat(jdbc.queryForObject("select est_value from oews_estimate where ref_year = 2023 and area_code = '01'"
        + " and soc_code = '29-1141' and measure = 'a_mean'", BigDecimal.class))
        .isEqualByComparingTo(alabamaNurses.replace(",", ""));
    assertThat(load("oews", file, Map.of("year", "2023")).status()).isEqualTo("UNCHANGED");
  }

  @Test
  void readsWashingtonsTableWithItsMetroAndNonmetroAreas() throws Exception {
    Path file = SharedData.file("state-oews-wa-ny/oews-washington.csv.gz");
    List<Map<String, String>> published = PublishedFiles.csv(file);
    List<String> measures = List.of("Employment", "Average wage", "25th Percentile", "50th Percentile", "75th Percentile",
        "Annual wage");

    ImportReport r = load("oews", file);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.accepted()).isEqualTo(published.size());
    assertThat(count("select count(*) from oews_estimate where ref_year = 2022")).isEqualTo((int) cells(published, measures, null));
    assertThat(count("select count(*) from oews_area")).isEqualTo(
        (int) published.stream().map(x -> x.get("Area code")).distinct().count());
    assertThat(jdbc.queryForObject("select area_type from oews_area where area_code = '42660'", String.class)).isEqualTo("metro");
    assertThat(jdbc.queryForObject("select title from oews_area where area_code = '5300006'", String.class))
        .isEqualTo("Western Washington nonmetropolitan area");
    assertThat(jdbc.queryForObject("select state from oews_area where area_code = '38900'", String.class)).isEqualTo("OR");
    assertThat(jdbc.queryForObject("select est_value from oews_estimate where ref_year = 2022 and area_code = '53'"
        + " and soc_code = '29-1141' and measure = 'h_median'", BigDecimal.class)).isEqualByComparingTo("46.63");
  }

  @Test
  void aStateAgencysTableFillsGapsButNeverReplacesWhatBlsPublished() throws Exception {
    Path bls = SharedData.file("bls-oews-state-2023-meanwage/state_M2023_dl_meanonly.raw.csv.gz");
    Path newYork = SharedData.file("state-oews-wa-ny/oews-newyork.csv.gz");
    String nurses = "select est_value from oews_estimate where ref_year = 2023 and area_code = '36' and soc_code = '29-1141'"
        + " and measure = ?";

    load("oews", newYork, Map.of("year", "2023"));
    BigDecimal stateMean = jdbc.queryForObject(nurses, BigDecimal.class, "a_mean");
    ImportReport blsAfter = load("oews", bls, Map.of("year", "2023"));
    assertThat(blsAfter.updated()).as("BLS replaces the state agency's figures").isPositive();
    BigDecimal blsMean = jdbc.queryForObject(nurses, BigDecimal.class, "a_mean");
    assertThat(blsMean).isNotEqualByComparingTo(stateMean);

    emptyTheLabormarketTables();
    load("oews", bls, Map.of("year", "2023"));
    ImportReport stateAfter = load("oews", newYork, Map.of("year", "2023"));
    assertThat(stateAfter.updated()).isZero();
    assertThat(stateAfter.inserted()).isPositive();
    assertThat(jdbc.queryForObject(nurses, BigDecimal.class, "a_mean")).isEqualByComparingTo(blsMean);
    assertThat(jdbc.queryForObject(nurses, BigDecimal.class, "a_median")).isNotNull();
  }

  @Test
  void refusesNewYorksTableWithoutAYearAndLoadsItWithOne() throws Exception {
    Path file = SharedData.file("state-oews-wa-ny/oews-newyork.csv.gz");
    ImportReport refused = load("oews", file);
    assertThat(refused.status()).isEqualTo("REJECTED");
    assertThat(refused.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.OPTION_REQUIRED);
      assertThat(x.describe()).contains("oews-newyork.csv.gz").contains("--set year=");
    });
    assertThat(count("select count(*) from oews_estimate")).isZero();

    List<Map<String, String>> published = PublishedFiles.csv(file);
    List<Map<String, String>> kept = published.stream().filter(x -> !x.get("Standard Occupational Code").equals("00-0000")).toList();
    ImportReport r = load("oews", file, Map.of("year", "2023"));
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.accepted()).isEqualTo(kept.size());
    assertThat(count("select count(*) from oews_estimate where ref_year = 2023")).isEqualTo(
        (int) cells(kept, List.of("Employment", "Mean Wage", "Median Wage", "Entry Wage", "Experienced Wage"), null));
    assertThat(jdbc.queryForObject("select title from oews_area where area_code = '36R07'", String.class)).isEqualTo("New York City");
    assertThat(count("select count(*) from oews_estimate where area_code = '36' and soc_code = '29-1141'"
        + " and measure in ('a_entry', 'a_experienced')")).isEqualTo(2);
  }
}
