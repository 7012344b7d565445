package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;

class EpImportIT extends LabormarketImportIT {

  private static final String FOLDER = "bls-ep-2024-34/";

  @Test
  void joinsTables12And110OfTheWorkbookAndFindsTheCsvConversionsEqual() throws Exception {
    Path workbook = SharedData.file(FOLDER + "occupation.xlsx");
    Path table12 = SharedData.file(FOLDER + "ep_table_1_2_occupational_projections_2024_34.csv");
    Path table110 = SharedData.file(FOLDER + "ep_table_1_10_separations_openings_2024_34.csv");
    List<Map<String, String>> published = PublishedFiles.csv(table12);
    String wageHeader = "Median annual wage, dollars, 2024[1]";
    long topCoded = published.stream().filter(r -> r.get(wageHeader).startsWith(">=")).count();
    long unavailable = published.stream().filter(r -> r.get(wageHeader).equals("—")).count();

    ImportReport r = load("ep", workbook);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejections()).isEmpty();
    assertThat(r.accepted()).isEqualTo(published.size());
    assertThat(r.message()).contains("footnote");
    assertThat(count("select count(*) from ep_projection where period = '2024-2034'")).isEqualTo(published.size());
    assertThat(count("select count(*) from ep_projection where occupation_type = 'Line item'"))
        .isEqualTo((int) published.stream().filter(x -> x.get("Occupation type").equals("Line item")).count());
    assertThat(count("select count(*) from ep_projection where median_wage is null and median_wage_flag = '#'"))
        .isEqualTo((int) topCoded);
    assertThat(count("select count(*) from ep_projection where median_wage is null and median_wage_flag = '—'"))
        .isEqualTo((int) unavailable);
    assertThat(count("select count(*) from ep_projection where separations_annual_thousands is not null"))
        .isEqualTo(published.size());
    assertThat(jdbc.queryForObject("select change_percent from ep_projection where soc_code = '00-0000'", BigDecimal.class))
        .isEqualByComparingTo("3.1");

    for (Path csv : List.of(table12, table110)) {
      ImportReport again = load("ep", csv);
      assertThat(again.status()).as(csv.getFileName().toString()).isEqualTo("COMMITTED");
      assertThat(again.rejections()).isEmpty();
      assertThat(again.inserted()).isZero();
      assertThat(again.updated()).isZero();
      assertThat(again.unchanged()).isEqualTo(published.size());
    }
    assertThat(load("ep", workbook).status()).isEqualTo("UNCHANGED");
  }

  @Test
  void aSeparationsTableAloneLeavesTheWagesOfAnEarlierLoadAlone() throws Exception {
    load("ep", SharedData.file(FOLDER + "ep_table_1_2_occupational_projections_2024_34.csv"));
    BigDecimal wage = jdbc.queryForObject("select median_wage from ep_projection where soc_code = '29-1141'", BigDecimal.class);

    ImportReport r = load("ep", SharedData.file(FOLDER + "ep_table_1_10_separations_openings_2024_34.csv"));
    assertThat(r.updated()).isEqualTo(r.accepted());
    assertThat(jdbc.queryForObject("select median_wage from ep_projection where soc_code = '29-1141'", BigDecimal.class))
        .isEqualByComparingTo(wage);
    assertThat(count("select count(*) from ep_projection where exits_annual_thousands is null")).isZero();
  }
}
