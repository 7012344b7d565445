package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.extract.Postings.posting;

import java.util.List;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class RequirementClassifierTest {

  private static final MentionExtractor EXTRACTOR = new MentionExtractor(TestCatalog.CATALOG);

  private static List<String> levels(String field, String text) {
    Posting p = posting("Driver", field, text);
    return EXTRACTOR.extract(p).stream()
        .map(m -> m.matchedText() + "|" + m.requirement().key() + "|" + m.cue()).toList();
  }

  @Test
  void mustAndRequiredMakeItRequired() {
    assertThat(levels("description", "Must hold a Class A CDL.")).containsExactly("Class A CDL|required|Must");
    assertThat(levels("description", "CDL-A required")).containsExactly("CDL-A|required|required");
  }

  @Test
  void preferredCuesMakeItPreferred() {
    assertThat(levels("description", "OSHA 10 is a plus")).containsExactly("OSHA 10|preferred|a plus");
    assertThat(levels("description", "BLS preferred")).containsExactly("BLS|preferred|preferred");
  }

  @Test
  void eachClauseKeepsItsOwnCue() {
    assertThat(levels("description", "CDL-A required, OSHA 10 preferred")).containsExactly(
        "CDL-A|required|required", "OSHA 10|preferred|preferred");
  }

  @Test
  void orEquivalentAndListsJoinedByOrAreAlternatives() {
    assertThat(levels("description", "Must have BLS or equivalent."))
        .containsExactly("BLS|alternative|or equivalent");
    assertThat(levels("description", "Must hold RN or LPN license.")).containsExactly(
        "RN|alternative|or", "LPN license|alternative|or");
  }

  @Test
  void listsJoinedByAndAreEachRequired() {
    assertThat(levels("description", "BLS and ACLS required")).containsExactly(
        "BLS|required|required", "ACLS|required|required");
  }

  @Test
  void deadlinesAfterHireMakeItRequiredLater() {
    assertThat(levels("description", "Must obtain BLS within 90 days of hire."))
        .containsExactly("BLS|required_later|obtain");
    assertThat(levels("description", "OSHA 10 within six months of hire"))
        .containsExactly("OSHA 10|required_later|within six months");
    assertThat(levels("description", "ACLS prior to completion of probation"))
        .containsExactly("ACLS|required_later|prior to completion of");
  }

  @Test
  void failingToObtainItIsADeadlineNotAnOffer() {
    assertThat(levels("minimum_qual_requirements",
        "Employees who fail to obtain their Class A CDL by the end of probation will be terminated."))
        .containsExactly("Class A CDL|required_later|obtain");
  }

  @Test
  void trainingTheEmployerProvidesIsOnlyMentioned() {
    assertThat(levels("benefits", "We pay for your Class A CDL training!"))
        .containsExactly("Class A CDL|mentioned|We pay");
    assertThat(levels("description", "BLS training provided")).containsExactly("BLS|mentioned|training provided");
    assertThat(levels("description", "Tuition reimbursement toward ACLS")).containsExactly("ACLS|mentioned|Tuition");
  }

  @Test
  void negationsMakeItNegated() {
    assertThat(levels("description", "No CDL-A required")).containsExactly("CDL-A|negated|No CDL-A required");
    assertThat(levels("description", "OSHA 10 is not required")).containsExactly("OSHA 10|negated|not required");
  }

  @Test
  void preferredButNotRequiredIsPreferred() {
    assertThat(levels("description", "OSHA 10 is preferred but not required"))
        .containsExactly("OSHA 10|preferred|preferred");
    assertThat(levels("description", "OSHA 10 is not required, but nice to have"))
        .containsExactly("OSHA 10|preferred|nice to have");
  }

  @Test
  void theSectionDecidesWhenTheSentenceIsSilent() {
    assertThat(levels("minimum_qual_requirements", "1. Class A CDL"))
        .containsExactly("Class A CDL|required|section:minimum_qual_requirements");
    assertThat(levels("preferred_skills", "OSHA 10")).containsExactly("OSHA 10|preferred|section:preferred_skills");
  }

  @Test
  void aSentenceCueOverridesTheSection() {
    assertThat(levels("minimum_qual_requirements", "OSHA 10 preferred"))
        .containsExactly("OSHA 10|preferred|preferred");
  }

  @Test
  void theNearestHeadingDecidesBeforeTheField() {
    String text = "Qualifications:\n- Class A CDL\n\nPreferred Qualifications:\n- OSHA 10\n";
    assertThat(levels("description", text)).containsExactly(
        "Class A CDL|required|heading:Qualifications", "OSHA 10|preferred|heading:Preferred Qualifications");
  }

  @Test
  void validCurrentAndActiveReadAsRequired() {
    assertThat(levels("description", "Active Class A CDL.")).containsExactly("Class A CDL|required|Active");
    assertThat(levels("description", "Current, unrestricted RN license"))
        .containsExactly("RN license|required|Current");
  }

  @Test
  void anAddedAdvantageIsPreferred() {
    assertThat(levels("description", "OSHA 10 will be an added advantage"))
        .containsExactly("OSHA 10|preferred|an added advantage");
  }

  @Test
  void readsMarkdownHeadings() {
    assertThat(levels("description", "**Preferred Qualifications**\n\n* OSHA 10\n"))
        .containsExactly("OSHA 10|preferred|heading:Preferred Qualifications");
  }

  @Test
  void aMentionNothingSpeaksForIsMentioned() {
    assertThat(levels("notes", "You will supervise Basic Life Support instructors."))
        .containsExactly("Basic Life Support|mentioned|null");
    assertThat(levels("job_description", "You will supervise Basic Life Support instructors."))
        .containsExactly("Basic Life Support|mentioned|section:job_description");
  }

  @Test
  void dropsABareAcronymNothingMarksAsACredential() {
    assertThat(levels("description", "At PMP we value teamwork.")).isEmpty();
    assertThat(levels("description", "You will teach BLS classes.")).isEmpty();
  }

  @Test
  void keepsABareAcronymWhoseLongNameThePostingUses() {
    assertThat(levels("description", "Join our Basic Life Support team. Our BLS classes run weekly."))
        .containsExactly("Basic Life Support|mentioned|section:description", "BLS|mentioned|section:description");
  }

  @Test
  void keepsABareAcronymNearCredentialWordsOrInAList() {
    assertThat(levels("notes", "Holders of the BLS card or certificate welcome.")).hasSize(1);
    assertThat(levels("notes", "We see BLS, ACLS daily.")).hasSize(2);
  }
}
