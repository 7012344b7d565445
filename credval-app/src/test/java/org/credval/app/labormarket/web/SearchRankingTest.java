package org.credval.app.labormarket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.app.labormarket.web.SearchRanking.Source;
import org.junit.jupiter.api.Test;

class SearchRankingTest {

  @Test
  void wholeWordMatchesComeBeforeMatchesInsideAWord() {
    SearchRanking r = new SearchRanking("nurse");
    r.add(new OccupationHit("45-2092", "Farmworkers and Laborers, Crop, Nursery, and Greenhouse", "detailed", null), Source.OWN_TITLE);
    r.add(new OccupationHit("29-1141", "Registered Nurses", "detailed", null), Source.OWN_TITLE);
    r.add(new OccupationHit("31-1131", "Nursing Assistants", "detailed", "Certified Nurse Aide"), Source.ALTERNATE_TITLE);
    r.add(new OccupationHit("29-1151", "Nurse Anesthetists", "detailed", null), Source.OWN_TITLE);

    assertThat(r.top(10)).extracting(OccupationHit::soc).containsExactly("29-1151", "29-1141", "31-1131", "45-2092");
  }

  @Test
  void theOwnTitleWinsOverAnotherNameAndDropsTheMatchedName() {
    SearchRanking r = new SearchRanking("registered nurse");
    r.add(new OccupationHit("29-1141", "Registered Nurses", "detailed", "Registered Nurse (RN)"), Source.ALTERNATE_TITLE);
    r.add(new OccupationHit("29-1141", "Registered Nurses", "detailed", null), Source.OWN_TITLE);

    List<OccupationHit> top = r.top(10);
    assertThat(top).hasSize(1);
    assertThat(top.get(0).matchedTitle()).isNull();
  }

  @Test
  void groupsWithTheSameTitleAsADetailedOccupationAreLeftOut() {
    SearchRanking r = new SearchRanking("nurse midwives");
    r.add(new OccupationHit("29-1160", "Nurse Midwives", "broad", null), Source.OWN_TITLE);
    r.add(new OccupationHit("29-1161", "Nurse Midwives", "detailed", null), Source.OWN_TITLE);
    r.add(new OccupationHit("29-0000", "Healthcare Practitioners", "major", "nurse midwives"), Source.DIRECT_MATCH_TITLE);

    assertThat(r.top(10)).extracting(OccupationHit::soc).containsExactly("29-1161", "29-0000");
  }

  @Test
  void scoresExactWordAndPartialMatches() {
    SearchRanking r = new SearchRanking("weld");
    assertThat(r.textScore("Weld")).isZero();
    assertThat(r.textScore("Weld Inspector")).isEqualTo(1);
    assertThat(r.textScore("Pipe Weld Inspector")).isEqualTo(2);
    assertThat(r.textScore("Welders, Cutters")).isEqualTo(3);
    assertThat(r.textScore("Arc Welders")).isEqualTo(4);
    assertThat(r.textScore("Spotwelder")).isEqualTo(5);
  }
}
