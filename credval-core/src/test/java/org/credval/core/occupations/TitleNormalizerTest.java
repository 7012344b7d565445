package org.credval.core.occupations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleNormalizerTest {

  @Test
  void dropsPayBonusesPlacesScheduleAndSeniority() {
    assertThat(TitleNormalizer.segments("LPN Licensed Practical Nurse (Pediatric) - $500 SIGN ON BONUS (TRENTON)"))
        .containsExactly(List.of("lpn", "licensed", "practical", "nurse"), List.of("pediatric"),
            List.of("trenton"));
    assertThat(TitleNormalizer.segments("ICU Registered Nurse in Livingston, NJ"))
        .containsExactly(List.of("icu", "registered", "nurse"), List.of("nj"));
    assertThat(TitleNormalizer.normalize("Sr. Truck Driver - Part Time Nights")).isEqualTo("truck driver");
  }

  @Test
  void meetsPluralOccupationNamesAndSingularTitlesOnTheSameWords() {
    assertThat(TitleNormalizer.normalize("Registered Nurses")).isEqualTo(TitleNormalizer.normalize("Registered Nurse"));
    assertThat(TitleNormalizer.normalize("Pharmacy Technicians")).isEqualTo("pharmacy technician");
    assertThat(TitleNormalizer.normalize("Secretaries")).isEqualTo("secretary");
    assertThat(TitleNormalizer.normalize("Business Analysis")).isEqualTo("business analysis");
  }

  @Test
  void keepsAccentsOutAndSymbolsThatNameSkills() {
    assertThat(TitleNormalizer.normalize("Café Manager")).isEqualTo("cafe manager");
    assertThat(TitleNormalizer.normalize("C# Developer")).isEqualTo("c# developer");
  }
}
