package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;

class SocImportIT extends LabormarketImportIT {

  @Test
  void loadsEveryLevelOfTheClassificationAndFindsTheWorkbookEquivalent() throws Exception {
    Path csv = SharedData.file("soc-2018/soc_2018_definitions.csv");
    List<Map<String, String>> published = PublishedFiles.csv(csv);
    long detailed = published.stream().filter(r -> r.get("SOC Group").equals("Detailed")).count();

    ImportReport first = load("soc", csv);
    assertThat(first.status()).isEqualTo("COMMITTED");
    assertThat(first.rejections()).isEmpty();
    assertThat(first.inserted()).isEqualTo(published.size());
    assertThat(count("select count(*) from soc_occupation")).isEqualTo(published.size());
    assertThat(count("select count(*) from soc_occupation where soc_level = 'detailed'")).isEqualTo((int) detailed);
    assertThat(count("select count(*) from soc_occupation where soc_level = 'minor' and soc_code = '15-1200'")).isOne();
    assertThat(jdbc.queryForObject("select definition from soc_occupation where soc_code = '29-1141'", String.class))
        .startsWith("Assess patient health problems");

    assertThat(load("soc", csv).status()).isEqualTo("UNCHANGED");
    ImportReport workbook = load("soc", SharedData.file("soc-2018/soc_2018_definitions.xlsx"));
    assertThat(workbook.status()).isEqualTo("COMMITTED");
    assertThat(workbook.inserted()).isZero();
    assertThat(workbook.updated()).isZero();
    assertThat(workbook.unchanged()).isEqualTo(published.size());
  }

  @Test
  void loadsTheDirectMatchTitlesReportingTheTitlesListedTwice() throws Exception {
    Path csv = SharedData.file("soc-2018/soc_2018_direct_match_title_file.csv");
    List<Map<String, String>> published = PublishedFiles.csv(csv);
    Set<List<String>> distinct = new HashSet<>();
    published.forEach(r -> distinct.add(List.of(r.get("2018 SOC Code"), r.get("2018 SOC Direct Match Title"))));

    ImportReport first = load("soc-titles", csv);
    assertThat(first.status()).isEqualTo("COMMITTED");
    assertThat(first.rowsRead()).isEqualTo(published.size());
    assertThat(first.inserted()).isEqualTo(distinct.size());
    assertThat(first.duplicates()).isEqualTo(published.size() - distinct.size());
    assertThat(first.rejected()).isZero();
    assertThat(count("select count(*) from soc_direct_match_title where soc_code = '29-1141' and title = 'Emergency Room RN'"))
        .isOne();

    assertThat(load("soc-titles", csv).status()).isEqualTo("UNCHANGED");
    ImportReport workbook = load("soc-titles", SharedData.file("soc-2018/soc_2018_direct_match_title_file.xlsx"));
    assertThat(workbook.inserted()).isZero();
    assertThat(workbook.updated()).isZero();
    assertThat(workbook.unchanged()).isEqualTo(distinct.size());
  }
}
