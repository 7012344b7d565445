package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A publisher's revised release of a file loaded before (same file name, same period, other
 * content) replaces what the earlier version stored for that period, in one batch: estimates the
 * revision no longer has are removed, changed ones updated, and each earlier version is kept in the
 * row history. What other files stored is left alone.
 */
class RevisedReleaseIT extends LabormarketImportIT {

  private static final String OEWS = "national_M2099_dl.csv";
  private static final String EP = "ep_projections_fixture_2024_34.csv";

  private static Path fixture(String version, String name) throws URISyntaxException {
    return Path.of(RevisedReleaseIT.class.getResource("/fixtures/labormarket/revised/" + version + "/" + name).toURI());
  }

  @BeforeEach
  void forgetTheRowHistoryOfTheseTables() {
    jdbc.update("delete from import_row_history where table_name in ('oews_estimate', 'ep_projection')");
  }

  private List<String> occupations(int year, String area) {
    return jdbc.queryForList("select distinct soc_code from oews_estimate where ref_year = ? and area_code = ? order by soc_code",
        String.class, year, area);
  }

  private BigDecimal estimate(String soc, String measure) {
    return jdbc.queryForObject("select est_value from oews_estimate where ref_year = 2099 and area_code = '99'"
        + " and soc_code = ? and measure = ?", BigDecimal.class, soc, measure);
  }

  @Test
  void aRevisedOewsReleaseReplacesTheEstimatesOfItsEarlierVersion() throws Exception {
    ImportReport state = load("oews", fixture("other", "state_M2099_dl.csv"));
    ImportReport first = load("oews", fixture("first", OEWS));
    assertThat(first.status()).isEqualTo("COMMITTED");
    assertThat(occupations(2099, "99")).containsExactly("29-0000", "29-1141", "29-1171", "29-2061");
    int perOccupation = count("select count(*) from oews_estimate where soc_code = '29-2061' and area_code = '99'");
    assertThat(perOccupation).isPositive();

    ImportReport second = load("oews", fixture("second", OEWS));
    assertThat(second.status()).isEqualTo("COMMITTED");
    assertThat(second.message()).contains("removed " + perOccupation + " rows an earlier version of this file had");
    assertThat(occupations(2099, "99")).containsExactly("29-0000", "29-1141", "29-1171", "29-1292");
    assertThat(estimate("29-1141", "a_median")).isEqualByComparingTo("85280");
    assertThat(estimate("29-1141", "h_median")).isEqualByComparingTo("41");
    // Another file's estimates for the same year stay, and so does its load.
    assertThat(occupations(2099, "36")).containsExactly("29-2061");
    assertThat(status(state.loadId())).isEqualTo("COMMITTED");

    // The earlier version is kept: the removed estimates and the replaced values, with their loads.
    assertThat(count("select count(*) from import_row_history where load_id = ? and change_type = 'delete'"
        + " and before_load_id = ? and row_key like '2099 | 99 | 29-2061 | %'", second.loadId(), first.loadId()))
        .isEqualTo(perOccupation);
    assertThat(jdbc.queryForList("select before_state from import_row_history where load_id = ? and change_type = 'update'"
        + " order by row_key", String.class, second.loadId()))
        .containsExactly("ref_year=2099; area_code=99; soc_code=29-1141; measure=a_median; est_value=83200; flag=;"
            + " occ_title=Registered Nurses; o_group=detailed",
            "ref_year=2099; area_code=99; soc_code=29-1141; measure=h_median; est_value=40; flag=;"
            + " occ_title=Registered Nurses; o_group=detailed");
    assertThat(status(first.loadId())).isEqualTo("SUPERSEDED");
    assertThat(load("oews", fixture("second", OEWS)).status()).isEqualTo("UNCHANGED");
  }

  @Test
  void loadingTheEarlierVersionAgainRestoresIt() throws Exception {
    ImportReport first = load("oews", fixture("first", OEWS));
    int stored = count("select count(*) from oews_estimate");
    ImportReport second = load("oews", fixture("second", OEWS));

    ImportReport again = load("oews", fixture("first", OEWS));
    assertThat(again.status()).isEqualTo("COMMITTED");
    assertThat(occupations(2099, "99")).containsExactly("29-0000", "29-1141", "29-1171", "29-2061");
    assertThat(count("select count(*) from oews_estimate")).isEqualTo(stored);
    assertThat(estimate("29-1141", "a_median")).isEqualByComparingTo("83200");
    assertThat(status(first.loadId())).isEqualTo("SUPERSEDED");
    assertThat(status(second.loadId())).isEqualTo("SUPERSEDED");
    assertThat(status(again.loadId())).isEqualTo("COMMITTED");
  }

  @Test
  void aDryRunOfARevisedReleaseCountsTheRemovalsButChangesNothing() throws Exception {
    ImportReport first = load("oews", fixture("first", OEWS));
    int stored = count("select count(*) from oews_estimate");
    ImportReport dry = imports.run("oews", fixture("second", OEWS), Map.of(), true, "test",
        org.credval.app.platform.imports.ProgressListener.NONE);
    assertThat(dry.status()).isEqualTo("VALIDATED");
    assertThat(dry.updated()).isEqualTo(2);
    assertThat(dry.message()).contains("would remove " + count("select count(*) from oews_estimate where soc_code = '29-2061'")
        + " rows an earlier version of this file had");
    assertThat(count("select count(*) from oews_estimate")).isEqualTo(stored);
    assertThat(estimate("29-1141", "a_median")).isEqualByComparingTo("83200");
    assertThat(count("select count(*) from import_row_history where table_name = 'oews_estimate'")).isZero();
    assertThat(status(first.loadId())).isEqualTo("COMMITTED");
  }

  @Test
  void aRevisedProjectionsTableReplacesTheOccupationsOfItsEarlierVersion() throws Exception {
    ImportReport first = load("ep", fixture("first", EP));
    assertThat(first.status()).isEqualTo("COMMITTED");
    assertThat(projected()).containsExactly("00-0000", "29-1141", "29-1171");

    ImportReport second = load("ep", fixture("second", EP));
    assertThat(second.status()).isEqualTo("COMMITTED");
    assertThat(second.message()).contains("removed 1 row an earlier version of this file had");
    assertThat(projected()).containsExactly("00-0000", "29-1141");
    assertThat(jdbc.queryForObject("select median_wage from ep_projection where soc_code = '29-1141'", BigDecimal.class))
        .isEqualByComparingTo("94100");
    assertThat(jdbc.queryForObject("select before_state from import_row_history where load_id = ? and change_type = 'delete'",
        String.class, second.loadId()))
        .startsWith("period=2024-2034; soc_code=29-1171; title=Nurse practitioners;")
        .contains("median_wage=129210");
    assertThat(status(first.loadId())).isEqualTo("SUPERSEDED");
  }

  private List<String> projected() {
    return jdbc.queryForList("select soc_code from ep_projection where period = '2024-2034' order by soc_code", String.class);
  }

  private String status(String loadId) {
    return jdbc.queryForObject("select status from import_batch where load_id = ?", String.class, loadId);
  }
}
