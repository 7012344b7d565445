package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OewsAreaTest {

  @Test
  void findsStatesByNameCodeOrAbbreviation() {
    assertThat(UsStates.find("New York")).get().extracting(UsStates.UsState::fips).isEqualTo("36");
    assertThat(UsStates.find("6")).get().extracting(UsStates.UsState::postal).isEqualTo("CA");
    assertThat(UsStates.find("district of columbia")).get().extracting(UsStates.UsState::fips).isEqualTo("11");
    assertThat(UsStates.find("Virgin Islands")).get().satisfies(s -> assertThat(s.territory()).isTrue());
    assertThat(UsStates.find("Atlantis")).isEmpty();
  }

  @Test
  void codesAreasInThePublishedWidths() {
    assertThat(OewsArea.metro("1180", "Abilene, TX", "TX").code()).isEqualTo("01180");
    assertThat(OewsArea.nonmetro("100001", "Northwest Alabama nonmetropolitan area", "AL").code()).isEqualTo("0100001");
    assertThat(OewsArea.region(UsStates.find("NY").orElseThrow(), 7, "New York City").code()).isEqualTo("36R07");
    assertThat(OewsArea.national(null).code()).isEqualTo("99");
  }

  @Test
  void readsThePrincipalStateOfAMetroFromItsTitle() {
    assertThat(OewsArea.stateOfTitle("Portland-Vancouver-Hillsboro, OR-WA")).isEqualTo("OR");
    assertThat(OewsArea.stateOfTitle("Washington")).isNull();
  }

  @Test
  void findsTheReleaseYearInBlsFileNames() {
    assertThat(OewsReading.yearInName("national_M2024_dl.xlsx")).isEqualTo(2024);
    assertThat(OewsReading.yearInName("oews_national_M2022.csv.gz")).isEqualTo(2022);
    assertThat(OewsReading.yearInName("all_data_M_2023.xlsx")).isEqualTo(2023);
    assertThat(OewsReading.yearInName("oews-newyork.csv.gz")).isNull();
  }
}
