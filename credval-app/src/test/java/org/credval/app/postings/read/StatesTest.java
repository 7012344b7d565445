package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.credval.app.postings.read.States.Kind;
import org.junit.jupiter.api.Test;

class StatesTest {

  @Test
  void readsNamesCodesAndLocations() {
    assertThat(States.lookup("New York").code()).isEqualTo("NY");
    assertThat(States.lookup("tx").code()).isEqualTo("TX");
    assertThat(States.lookup("California US").code()).isEqualTo("CA");
    assertThat(States.lookup("Austin, TX 78736").code()).isEqualTo("TX");
    assertThat(States.lookup("Excel Norwood Campus, Austin, TX, US").code()).isEqualTo("TX");
    assertThat(States.lookup("Washington, DC").code()).isEqualTo("DC");
    assertThat(States.lookup("District of Columbia").code()).isEqualTo("DC");
    assertThat(States.lookup("Seattle, Washington").code()).isEqualTo("WA");
  }

  @Test
  void outsideTheUsGivesNoState() {
    assertThat(States.lookup("Toronto, Ontario, Canada").kind()).isEqualTo(Kind.NON_US);
    assertThat(States.lookup("London, England, United Kingdom").kind()).isEqualTo(Kind.NON_US);
    assertThat(States.lookup("Paris, A8, FR").kind()).isEqualTo(Kind.NON_US);
  }

  @Test
  void unknownStateIsReportedNotGuessed() {
    assertThat(States.lookup("Atlantis")).isEqualTo(new States.Lookup(Kind.UNKNOWN, null));
    assertThat(States.lookup("San Francisco Bay Area").kind()).isEqualTo(Kind.UNKNOWN);
  }

  @Test
  void countryWideOrEmptyIsNoStateWithoutComplaint() {
    assertThat(States.lookup("United States").kind()).isEqualTo(Kind.NONE);
    assertThat(States.lookup("Remote, US").kind()).isEqualTo(Kind.NONE);
    assertThat(States.lookup(" ").kind()).isEqualTo(Kind.NONE);
  }
}
