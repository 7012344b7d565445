package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Table;
import org.junit.jupiter.api.Test;

class EpColumnsTest {

  private static final List<String> TABLE_1_10 = List.of("2024 National Employment Matrix title",
      "2024 National Employment Matrix code", "Occupation type", "Employment, 2024", "Employment, 2034",
      "Employment change, numeric, 2024–34", "Employment change, percent, 2024–34",
      "Labor force exit rate, 2024–34 annual average", "Occupational transfer rate, 2024–34 annual average",
      "Total occupational separations rate, 2024–34 annual average", "Labor force exits, 2024–34 annual average",
      "Occupational transfers, 2024–34 annual average", "Total occupational separations, 2024–34 annual average",
      "Occupational openings, 2024–34 annual average");

  @Test
  void findsColumnsWhoseHeadersCarryTheYearsAndTellsRatesFromCounts() {
    EpColumns c = EpColumns.of(new Table("UTF-8", TABLE_1_10, List.of()), "t.csv");
    assertThat(c.code()).isEqualTo("2024 National Employment Matrix code");
    assertThat(c.headers()).containsEntry("emp_base_thousands", "Employment, 2024")
        .containsEntry("emp_proj_thousands", "Employment, 2034")
        .containsEntry("separations_annual_thousands", "Total occupational separations, 2024–34 annual average")
        .containsEntry("exits_annual_thousands", "Labor force exits, 2024–34 annual average")
        .doesNotContainKey("median_wage");
  }

  @Test
  void readsThePeriodFromTheTitleOrElseTheHeaders() {
    assertThat(EpColumns.of(new Table("UTF-8", TABLE_1_10, List.of()), "t.csv").period()).isEqualTo("2024-2034");
    Table titled = new Table("xlsx", TABLE_1_10, List.of(),
        List.of("Table 1.2 Occupational projections, 2030–2040, and worker characteristics"), "Table 1.2");
    assertThat(EpColumns.of(titled, "t.xlsx").period()).isEqualTo("2030-2040");
  }

  @Test
  void refusesATableThatIsNotAnEpOccupationTable() {
    assertThatThrownBy(() -> EpColumns.of(new Table("UTF-8", List.of("Occupation type", "Title"), List.of()), "x.csv"))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("x.csv is not a BLS Employment Projections occupation table");
  }
}
