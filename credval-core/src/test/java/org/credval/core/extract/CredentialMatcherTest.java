package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.core.catalog.CredentialCatalog;
import org.junit.jupiter.api.Test;

class CredentialMatcherTest {

  private static final CredentialMatcher MATCHER = CredentialMatcher.compile(TestCatalog.CATALOG);

  private static List<String> found(String text) {
    return MATCHER.find(text).stream()
        .map(m -> m.textIn(text) + "=" + m.candidates().get(0).code().value())
        .toList();
  }

  @Test
  void findsHyphenSpaceAndJoinedVariantsOfOneName() {
    assertThat(found("CDL-A, CDL A or Class A CDL")).containsExactly(
        "CDL-A=STDMV001", "CDL A=STDMV001", "Class A CDL=STDMV001");
    assertThat(found("OSHA-10; OSHA 10; OSHA10")).containsExactly(
        "OSHA-10=OSHAX001", "OSHA 10=OSHAX001", "OSHA10=OSHAX001");
  }

  @Test
  void findsDottedAcronymsIncludingTheLastDot() {
    assertThat(found("Must be a C.N.A. or R.N. today")).containsExactly("C.N.A.=STHHS001", "R.N.=SBNUR002");
  }

  @Test
  void findsDottedFormsOfAnyAcronymWithoutListingThem() {
    assertThat(found("an L.P.N. or LPN")).containsExactly("L.P.N.=SBNUR001", "LPN=SBNUR001");
  }

  @Test
  void shortAcronymsMatchOnlyInCapitals() {
    assertThat(found("cna, Cna and rn are not names; CNA and RN are")).containsExactly(
        "CNA=STHHS001", "RN=SBNUR002");
  }

  @Test
  void longNamesMatchInAnyCase() {
    assertThat(found("certified nursing assistant")).containsExactly("certified nursing assistant=STHHS001");
  }

  @Test
  void neverMatchesInsideAWord() {
    assertThat(found("CNAME records, TURN servers, PMPs? no: BLSX, xRN")).containsExactly("PMPs=PMINT002");
  }

  @Test
  void includesPluralsAndCertificationWords() {
    assertThat(found("CNAs wanted")).containsExactly("CNAs=STHHS001");
    assertThat(found("BLS certification and ACLS certified staff")).containsExactly(
        "BLS certification=AMHRT001", "ACLS certified=AMHRT002");
    assertThat(found("CompTIA A+ certified; Security+ certified")).containsExactly(
        "CompTIA A+ certified=COMPT001", "Security+ certified=COMPT003");
    assertThat(found("A+ certification")).containsExactly("A+ certification=COMPT001");
  }

  @Test
  void plainSecurityIsNotSecurityPlus() {
    assertThat(found("security clearance and network security")).isEmpty();
  }

  @Test
  void longestNameWinsWhereNamesOverlap() {
    assertThat(found("CNA Certification")).containsExactly("CNA Certification=STHHS001");
    assertThat(found("Certified Nurse Aide (CNA)")).containsExactly("Certified Nurse Aide (CNA)=STHHS001");
  }

  @Test
  void findsTheNameWithoutItsParentheticalAcronym() {
    assertThat(found("a Certified Nurse Aide")).containsExactly("Certified Nurse Aide=STHHS001");
  }

  @Test
  void offsetsPointAtTheMatchedTextInTheOriginal() {
    String text = "Drivers:\n  valid Class  A CDL required.";
    Match m = MATCHER.find(text).get(0);
    assertThat(text.substring(m.start(), m.end())).isEqualTo("Class  A CDL");
    assertThat(m.key()).isEqualTo("classacdl");
  }

  @Test
  void doesNotRunAcrossLinesOrSentenceDots() {
    assertThat(found("Class A\nCDL")).isEmpty();
    assertThat(found("Must hold a CDL. A clean record")).isEmpty();
  }

  @Test
  void separatorsInTheTextMustBeSeparatorsInTheName() {
    CredentialMatcher starter = CredentialMatcher.compile(CredentialCatalog.starter());
    assertThat(starter.find("The center is a certified lender")).isEmpty();
    assertThat(starter.find("EPA608 and EPA 608")).hasSize(2);
  }

  @Test
  void anAcronymRunningOnIntoALongerCodeIsNotThatAcronym() {
    assertThat(found("Nursing (RN-BC) and RN-Registered Nurse")).containsExactly(
        "RN=SBNUR002", "Registered Nurse=SBNUR002");
  }

  @Test
  void skipsRetiredCredentials() {
    assertThat(found("RCE holders")).isEmpty();
  }

  @Test
  void marksMatchesFollowedByACertificationWord() {
    assertThat(MATCHER.find("ACLS certified").get(0).qualified()).isTrue();
    assertThat(MATCHER.find("PE").get(0).qualified()).isFalse();
  }

  @Test
  void compilesTheStarterCatalog() {
    CredentialMatcher starter = CredentialMatcher.compile(CredentialCatalog.starter());
    String text = "Requires a current RN license and BLS; CDL-A a plus; OSHA 30 preferred.";
    assertThat(starter.find(text)).extracting(m -> m.textIn(text))
        .containsExactly("current RN license", "BLS", "CDL-A", "OSHA 30");
  }
}
