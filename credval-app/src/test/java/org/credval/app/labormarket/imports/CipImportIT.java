package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CipImportIT extends LabormarketImportIT {

  @TempDir Path tmp;

  @Test
  void loadsEveryCipCodeMarkingTheOnesRetiredSince2010() throws Exception {
    Path file = SharedData.file("cip-soc-crosswalk/CIPCode2020.csv.gz");
    List<Map<String, String>> published = PublishedFiles.csv(file);

    ImportReport r = load("cip", file);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.inserted()).isEqualTo(published.size());
    assertThat(count("select count(*) from cip_program where length(cip_code) = 7"))
        .isEqualTo((int) published.stream().filter(x -> x.get("CIPCode").length() == 7).count());
    assertThat(count("select count(*) from cip_program where change_from_2010 = 'Deleted'"))
        .isEqualTo((int) published.stream().filter(x -> x.get("Action").equals("Deleted")).count());
    assertThat(jdbc.queryForObject("select family from cip_program where cip_code = '51.3801'", String.class)).isEqualTo("51");
    assertThat(load("cip", file).status()).isEqualTo("UNCHANGED");
  }

  @Test
  void loadsTheCollegeCrosswalkOncePerPairFromCsvOrWorkbook() throws Exception {
    load("cip", SharedData.file("cip-soc-crosswalk/CIPCode2020.csv.gz"));
    load("soc", SharedData.file("soc-2018/soc_2018_definitions.csv"));
    Path csv = SharedData.file("cip-soc-crosswalk/top_cip_soc_crosswalk_2025-02.csv");
    List<Map<String, String>> published = PublishedFiles.csv(csv);
    Set<List<String>> pairs = new HashSet<>();
    Set<List<String>> rows = new HashSet<>();
    List<Map<String, String>> matched = published.stream().filter(x -> !x.get("2018 SOC Code").equals("99-9999")).toList();
    matched.forEach(x -> pairs.add(List.of(x.get("2020 CIP Code"), x.get("2018 SOC Code"))));
    matched.forEach(x -> rows.add(List.of(x.get("Current TOP Code"), x.get("2020 CIP Code"), x.get("2018 SOC Code"))));

    ImportReport r = load("cip-soc", csv);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejected()).isZero();
    // The February 2025 revision lists a few TOP-CIP-SOC rows twice; those are reported, not loaded twice.
    assertThat(r.duplicates()).isEqualTo(matched.size() - rows.size());
    assertThat(r.inserted()).isEqualTo(pairs.size());
    assertThat(r.message()).contains("no-match").contains("publisher's aggregates: 13-1028, 13-2028");
    assertThat(count("select count(*) from cip_soc where cip_code = '51.3801' and soc_code = '29-1141'")).isOne();
    assertThat(load("cip-soc", csv).status()).isEqualTo("UNCHANGED");

    ImportReport workbook = load("cip-soc", SharedData.file("cip-soc-crosswalk/TOP-CIP-SOC_Crosswalk_2025-02.xlsx"));
    assertThat(workbook.status()).isEqualTo("COMMITTED");
    assertThat(workbook.rejected()).isZero();
    assertThat(workbook.duplicates()).isEqualTo(r.duplicates());
    assertThat(workbook.inserted()).isZero();
    assertThat(workbook.unchanged()).isEqualTo(pairs.size());
  }

  @Test
  void readsTheNcesCrosswalkLayout() throws Exception {
    Path nces = tmp.resolve("CIP2020_SOC2018_Crosswalk.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(nces)) {
      wb.createSheet("Introduction").createRow(0).createCell(0).setCellValue("CIP 2020 to SOC 2018 Crosswalk");
      var sheet = wb.createSheet("CIP-SOC");
      String[][] rows = {
          {"CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"},
          {"51.3801", "Registered Nursing/Registered Nurse.", "29-1141", "Registered Nurses"},
          {"51.3801", "Registered Nursing/Registered Nurse.", "29-1151", "Nurse Anesthetists"},
          {"01.0000", "Agriculture, General.", "99-9999", "NO MATCH"},
          {"51.0000", "Health Services/Allied Health/Health Sciences, General.", "29-9999", "Healthcare workers, all other"}};
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(i);
        for (int c = 0; c < rows[i].length; c++) {
          row.createCell(c).setCellValue(rows[i][c]);
        }
      }
      // Excel turns a code typed as a number into 1.0101 (for 01.0101): the importer restores it.
      var numeric = sheet.createRow(rows.length);
      numeric.createCell(0).setCellValue(1.0101);
      numeric.createCell(1).setCellValue("Agricultural Business and Management, General.");
      numeric.createCell(2).setCellValue("11-9013");
      numeric.createCell(3).setCellValue("Farmers, Ranchers, and Other Agricultural Managers");
      wb.write(out);
    }
    ImportReport r = load("cip-soc", nces);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.inserted()).isEqualTo(4);
    assertThat(r.message()).contains("1 no-match");
    assertThat(jdbc.queryForList("select cip_code || ' ' || soc_code from cip_soc order by 1", String.class))
        .containsExactly("01.0101 11-9013", "51.0000 29-9999", "51.3801 29-1141", "51.3801 29-1151");
  }
}
