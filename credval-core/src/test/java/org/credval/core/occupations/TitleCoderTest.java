package org.credval.core.occupations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class TitleCoderTest {

  private static final SocCode RN = new SocCode("29-1141");
  private static final SocCode LPN = new SocCode("29-2061");
  private static final SocCode NURSE_MANAGER = new SocCode("11-9111");
  private static final SocCode TRUCK = new SocCode("53-3032");
  private static final SocCode NP = new SocCode("29-1171");
  private static final SocCode PA = new SocCode("29-1071");

  private static final List<OccupationTitle> TITLES = List.of(
      new OccupationTitle("Registered Nurses", RN, OccupationTitle.ONET_OCCUPATION),
      new OccupationTitle("Registered Nurse", RN, OccupationTitle.SOC_DIRECT_MATCH),
      new OccupationTitle("RN", RN, OccupationTitle.ONET_ALTERNATE),
      new OccupationTitle("Licensed Practical Nurse", LPN, OccupationTitle.SOC_DIRECT_MATCH),
      new OccupationTitle("Nurse Manager", NURSE_MANAGER, OccupationTitle.ONET_ALTERNATE),
      new OccupationTitle("Heavy and Tractor-Trailer Truck Drivers", TRUCK, OccupationTitle.ONET_OCCUPATION),
      new OccupationTitle("Truck Driver", TRUCK, OccupationTitle.ONET_ALTERNATE),
      new OccupationTitle("Nurse Practitioner", NP, OccupationTitle.SOC_DIRECT_MATCH),
      new OccupationTitle("Physician Assistant", PA, OccupationTitle.SOC_DIRECT_MATCH),
      // An alternate title several occupations report: ambiguous on its own.
      new OccupationTitle("Nurse", RN, OccupationTitle.ONET_ALTERNATE),
      new OccupationTitle("Nurse", LPN, OccupationTitle.ONET_ALTERNATE),
      new OccupationTitle("Nurse", NP, OccupationTitle.ONET_ALTERNATE));

  private final TitleCoder coder = new TitleCoder(TITLES, TitleCoder.DEFAULT_THRESHOLD);

  @Test
  void codesAPublishedTitleWithFullConfidence() {
    TitleCoder.Coded c = coder.code("Registered Nurse");
    assertThat(c.soc()).isEqualTo(RN);
    assertThat(c.confidence()).isEqualTo(1.0);
    assertThat(c.basis()).contains("registered nurse").contains("29-1141");
  }

  @Test
  void findsTheOccupationInsideADecoratedTitle() {
    assertThat(coder.code("ICU Registered Nurse in Livingston, NJ").soc()).isEqualTo(RN);
    assertThat(coder.code("LPN Licensed Practical Nurse (Pediatric) - $500 SIGN ON BONUS").soc()).isEqualTo(LPN);
    assertThat(coder.code("CDL-A Truck Driver - Home Weekly").soc()).isEqualTo(TRUCK);
  }

  @Test
  void prefersTheRunThatEndsTheTitleAndThenTheFirstSegment() {
    assertThat(coder.code("Registered Nurse Manager").soc()).isEqualTo(NURSE_MANAGER);
    assertThat(coder.code("Nurse Practitioner or Physician Assistant - Advanced Practice Provider").soc()).isEqualTo(NP);
  }

  @Test
  void saysUnknownRatherThanGuessWhenConfidenceIsLow() {
    TitleCoder.Coded nurse = coder.code("Nurse");
    assertThat(nurse.known()).isFalse();
    assertThat(nurse.confidence()).isGreaterThan(0).isLessThan(TitleCoder.DEFAULT_THRESHOLD);
    assertThat(nurse.basis()).startsWith("below the confidence threshold");

    TitleCoder.Coded none = coder.code("Chief Happiness Officer");
    assertThat(none.known()).isFalse();
    assertThat(none.confidence()).isZero();
    assertThat(none.basis()).contains("no published title");
  }

  @Test
  void saysWhyWhenNoTitlesAreLoaded() {
    TitleCoder.Coded c = new TitleCoder(List.of(), 0.6).code("Registered Nurse");
    assertThat(c.known()).isFalse();
    assertThat(c.basis()).contains("no occupation titles loaded");
    assertThatThrownBy(() -> new TitleCoder(List.of(), 1.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
