package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.extract.Postings.posting;

import java.util.List;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

/** One case per requirement-level rule, each on a sentence written for it. */
class RequirementRulesTest {

  private static final MentionExtractor EXTRACTOR = new MentionExtractor(TestCatalog.CATALOG);

  private static List<String> levels(String title, String field, String text) {
    Posting p = posting(title, field, text);
    return EXTRACTOR.extract(p).stream()
        .map(m -> m.matchedText() + "|" + m.requirement().key() + "|" + m.cue()).toList();
  }

  private static List<String> levels(String text) {
    return levels("Warehouse Associate", "description", text);
  }

  @Test
  void aCueInParenthesesSpeaksOnlyForWhatIsInside() {
    assertThat(levels("qualifications", "qualifications", "BLS certification (ACLS preferred)."))
        .containsExactly("BLS certification|required|section:qualifications", "ACLS|preferred|preferred");
  }

  @Test
  void aCapitalizedCueOpeningTheNextHeadingSpeaksForWhatFollows() {
    assertThat(levels("Required Licenses: Registered Nurse, active in the state of practice Preferred Education: BSN"))
        .containsExactly("Registered Nurse|required|Required");
  }

  @Test
  void orThenADeadlineMakesARequiredCredentialRequiredLater() {
    assertThat(levels("Required: BLS certification, or completion within 30 days of hire."))
        .containsExactly("BLS certification|required_later|within 30 days");
  }

  @Test
  void orBeforeACredentialMakesItOneOfTwoWaysToQualify() {
    assertThat(levels("Must have a Master's degree OR Texas Class A CDL."))
        .containsExactly("Class A CDL|alternative|OR");
    assertThat(levels("1. Two years of driving; or 2. A valid New York State Class B CDL."))
        .containsExactly("Class B CDL|alternative|or");
  }

  @Test
  void anAlternativeUnderAPreferredHeadingIsPreferred() {
    assertThat(levels("Preferred Qualifications:\n- PMP or equivalent project management certification\n"))
        .containsExactly("PMP|preferred|heading:Preferred Qualifications");
  }

  @Test
  void anyOrAllOfTheFollowingIsAListOfAlternatives() {
    assertThat(levels("Any or all of the following: BLS, ACLS.")).containsExactly(
        "BLS|alternative|Any or all of the following", "ACLS|alternative|Any or all of the following");
  }

  @Test
  void mayAlsoPossessNamesAnAcceptedSubstitute() {
    assertThat(levels("Candidates may also possess a Class B CDL."))
        .containsExactly("Class B CDL|alternative|may also possess");
  }

  @Test
  void aCredentialSomeoneElseHoldsIsOnlyMentioned() {
    assertThat(levels("Nurse Aide", "description", "Provides care that is required under the direction of a Registered Nurse."))
        .containsExactly("Registered Nurse|mentioned|under the direction of");
    assertThat(levels("Nurse Aide", "description", "Reports to the RN on duty and must be reliable."))
        .containsExactly("RN|mentioned|Reports to");
  }

  @Test
  void aCredentialAskedOfAnotherAssignmentLevelIsOnlyMentioned() {
    assertThat(levels("Gardener", "minimum_qual_requirements",
        "To be assigned to Assignment Level II, candidates must have a Class B CDL."))
        .containsExactly("Class B CDL|mentioned|To be assigned to Assignment Level II");
  }

  @Test
  void numberedItemsKeepTheHeadingWordOfTheirLine() {
    assertThat(levels("minimum_qual_requirements", "minimum_qual_requirements",
        "Bachelor's degree.   Desired Qualifications  1.\tPMP certification; 2. Five years of experience."))
        .containsExactly("PMP certification|preferred|Desired");
  }

  @Test
  void deadlinesInMonthsAbbreviatedOrByEndOfOrientationAreRequiredLater() {
    assertThat(levels("ACLS within 6 mo. of hire")).containsExactly("ACLS|required_later|within 6 mo");
    assertThat(levels("BLS by the end of orientation")).containsExactly("BLS|required_later|by the end of orientation");
  }

  @Test
  void licenseEligibleIsRequiredLater() {
    assertThat(levels("RN license or eligibility to sit for the NCLEX."))
        .containsExactly("RN license|required_later|or eligibility");
  }

  @Test
  void aCueGluedToTheNextWordStillCounts() {
    assertThat(levels("PMP certification is a plusPLEASE RESPOND TO the recruiter"))
        .containsExactly("PMP certification|preferred|a plus");
  }

  @Test
  void aCredentialInTheTitleIsTheRoleAndSoRequired() {
    assertThat(levels("Travel Nurse RN - ICU", "description", "Thirteen-week contract."))
        .containsExactly("RN|required|title");
    assertThat(levels("Registered Nurse (RN) or Licensed Practical Nurse (LPN)", "description", "Nights."))
        .extracting(s -> s.split("\\|")[1]).containsOnly("alternative");
  }

  @Test
  void theTitleYieldsToWhatTheTextSaysAndToTrainingTitles() {
    assertThat(levels("RN New Graduate", "description", "RN license within 6 months of hire."))
        .containsExactly("RN|mentioned|null", "RN license|required_later|within 6 months");
    assertThat(levels("Certified Nursing Assistant Instructor", "description", "Teach nursing students."))
        .containsExactly("Certified Nursing Assistant|mentioned|null");
  }

  @Test
  void aHeadingThatAsksDecidesBeforeValidOrCurrent() {
    assertThat(levels("Preferred Qualifications:\n- Current Class A CDL\n"))
        .containsExactly("Class A CDL|preferred|heading:Preferred Qualifications");
    assertThat(levels("Responsibilities:\n- Keep a current Class A CDL\n"))
        .containsExactly("Class A CDL|required|current");
  }

  @Test
  void possessionOfAndSelectivePlacementFactorsAreRequirements() {
    assertThat(levels("USAJOBS", "qualification_summary", "The selective placement factor is: Possession of BLS."))
        .containsExactly("BLS|required|selective placement factor");
  }

  @Test
  void necessaryOnlyAsksWhenItIsSaidOfSomething() {
    assertThat(levels("Nurse Aide", "notes", "As a Registered Nurse you gain the confidence necessary for a career."))
        .containsExactly("Registered Nurse|mentioned|null");
    assertThat(levels("A Class A CDL is necessary.")).containsExactly("Class A CDL|required|is necessary");
  }

  @Test
  void nameOfARetiredCredentialStillCounts() {
    assertThat(levels("Preferred certifications: RCE, PMP.")).containsExactly(
        "RCE|preferred|Preferred", "PMP|preferred|Preferred");
  }

  @Test
  void aParenthesisWithoutAnotherCredentialSpeaksForTheMentionBeforeIt() {
    assertThat(levels("BLS (required within 30 days of hire)"))
        .containsExactly("BLS|required_later|within 30 days");
  }

  @Test
  void orAndAnotherAcronymAfterTheMentionMakeItAnAlternative() {
    assertThat(levels("Current ACLS or ENPC certification required")).containsExactly("ACLS|alternative|or");
  }

  @Test
  void mandatoryTrainingIsDoneAfterHire() {
    assertThat(levels("Complete mandatory training, including Basic Life Support."))
        .containsExactly("Basic Life Support|required_later|mandatory training");
  }

  @Test
  void aLowerCaseCueClosingTheItemBeforeSpeaksForThatItem() {
    assertThat(levels("qualifications", "qualifications", "BSN preferred Current ACLS certification"))
        .containsExactly("ACLS certification|required|section:qualifications");
    assertThat(levels("Must obtain BLS within 90 days.")).containsExactly("BLS|required_later|obtain");
  }

  @Test
  void aSentenceCaseHeadingOpeningWithALevelWordIsAHeading() {
    assertThat(levels("Preferred qualifications\n- Class A CDL\n"))
        .containsExactly("Class A CDL|preferred|heading:Preferred qualifications");
  }

  @Test
  void eitherOfTwoIssuersOrCandidatesOtherThanMakeItAnAlternative() {
    assertThat(levels("Basic Life Support from an AHA or Red Cross approved program."))
        .containsExactly("Basic Life Support|alternative|AHA or Red Cross");
    assertThat(levels("Candidates other than engineers must possess a Class B CDL."))
        .containsExactly("Class B CDL|alternative|Candidates other than");
  }

  @Test
  void aLowerCaseCueClosingTheMentionsItemSpeaksForItBeforeAStrongerCueFurtherOn() {
    assertThat(levels("Certifications BLS required ACLS within 90 days of hire"))
        .containsExactly("BLS|required|required", "ACLS|required_later|within 90 days");
  }

  @Test
  void aCueOfAnItemClosedBeforeTheMentionSpeaksForThatItemOnly() {
    assertThat(levels("Degree in lieu of experience Advanced degree preferred Current BLS certification"))
        .containsExactly("BLS certification|required|Current");
  }

  @Test
  void aCueAfterACapitalizedHeadingAndColonSpeaksForWhatTheHeadingOpens() {
    assertThat(levels("Must hold an active RN License in the state Position Requirements: all new hires attend "
        + "orientation within the first 30 days of hire"))
        .containsExactly("RN License|required|Must");
    assertThat(levels("ACLS certification: within 90 days of hire"))
        .containsExactly("ACLS certification|required_later|within 90 days");
  }

  @Test
  void orJoiningTheWordsOfAHeadingOffersNoAlternative() {
    assertThat(levels("Licenses, Registrations, or Certifications BLS required"))
        .containsExactly("BLS|required|required");
    assertThat(levels("Must have a Master's degree OR Texas Class A CDL."))
        .containsExactly("Class A CDL|alternative|OR");
  }

  @Test
  void aSentenceOpeningWithNotRequiredNegatesTheCredentialsItNames() {
    assertThat(levels("Although not required, the firm supports professional development toward credentials "
        + "such as Professional Engineer (PE) License and PMP."))
        .containsExactly("Professional Engineer (PE) License|negated|Although not required",
            "PMP|negated|Although not required");
    assertThat(levels("While not necessary, a Class A CDL helps."))
        .containsExactly("Class A CDL|negated|While not necessary");
    // said of something else first, the credential itself is still asked for
    assertThat(levels("Experience is not required, but a Class A CDL is required."))
        .containsExactly("Class A CDL|required|required");
  }

  @Test
  void aHeadingThatSaysNotRequiredListsWhatIsPreferred() {
    assertThat(levels("Valued But Not Required Experience\nCertification in PMP\n"))
        .containsExactly("PMP|preferred|heading:Valued But Not Required Experience");
    assertThat(levels("Nice to have, not required:\n- ACLS\n"))
        .containsExactly("ACLS|preferred|heading:Nice to have, not required");
  }

  @Test
  void maintainingACurrentCredentialIsRequired() {
    assertThat(levels("Key Responsibilities\n- Maintain current certifications including BLS, ACLS and PMP\n"))
        .containsExactly("BLS|required|Maintain current", "ACLS|required|Maintain current",
            "PMP|required|Maintain current");
    // "maintain" without "current", "valid" or "active" asks for nothing
    assertThat(levels("Responsibilities\n- Maintain patient records and schedules for each Registered Nurse\n"))
        .hasSize(1).noneMatch(l -> l.contains("|required|"));
  }

  @Test
  void aCueAfterAColonThatOpensAnotherListSpeaksForThatList() {
    assertThat(levels("Skills Required: Mandatory: ACLS certified and trained to the unit standard two or more "
        + "of the following certifications: (experience in lieu of certification may be considered) PMP"))
        .containsExactly("ACLS certified|required|Required", "PMP|alternative|in lieu of");
    assertThat(levels("BLS certification: required within 90 days of hire"))
        .containsExactly("BLS certification|required_later|within 90 days");
  }
}
