package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.extract.Postings.posting;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisambiguatorTest {

  private static final MentionExtractor EXTRACTOR = new MentionExtractor(TestCatalog.CATALOG);

  private static List<String> codes(String title, String text) {
    return EXTRACTOR.extract(posting(title, "description", text)).stream()
        .map(m -> m.code().value()).toList();
  }

  @Test
  void awsCertificationIsTheWelderCertificationInAWeldingPosting() {
    assertThat(codes("Welder", "AWS certification required. MIG and TIG welding to D1.1."))
        .containsExactly("AWELD001");
  }

  @Test
  void awsCertificationIsDroppedInACloudPosting() {
    assertThat(codes("Cloud Engineer", "AWS certification a plus. Build on EC2 and S3.")).isEmpty();
  }

  @Test
  void bareAwsIsNeverACredential() {
    assertThat(codes("Welder", "Welding to AWS standards.")).isEmpty();
  }

  @Test
  void fullAwsNamesNeedNoContext() {
    assertThat(codes("Analyst", "AWS Cloud Practitioner preferred")).containsExactly("AMAZN001");
  }

  @Test
  void cnaCountsWhereThereIsCareToGive() {
    assertThat(codes("Nurse Aide", "Active CNA required to assist residents.")).containsExactly("STHHS001");
  }

  @Test
  void cnaIsDroppedWithoutACareContext() {
    assertThat(codes("DNS Administrator", "Manage CNA records for our domains.")).isEmpty();
    assertThat(codes("Underwriter", "Experience with CNA policies.")).isEmpty();
    assertThat(codes("Nurse", "Patient care award from CNA insurance companies.")).isEmpty();
  }

  @Test
  void spelledOutNurseAideNeedsNoContext() {
    assertThat(codes("Aide", "Certified Nursing Assistant required")).containsExactly("STHHS001");
  }

  @Test
  void cmaIsTheMedicalAssistantInAClinic() {
    assertThat(codes("Medical Assistant", "CMA required; room patients and take vital signs."))
        .containsExactly("AAMA0001");
  }

  @Test
  void cmaIsTheManagementAccountantInFinance() {
    assertThat(codes("Cost Accountant", "CMA or CPA preferred for budgeting and financial analysis."))
        .containsExactly("IMACM001");
  }

  @Test
  void cmaIsDroppedWhenNeitherContextWins() {
    assertThat(codes("Coordinator", "CMA preferred.")).isEmpty();
  }

  @Test
  void barePeCountsOnlyAsALicenseDottedOrNearProfessionalEngineer() {
    assertThat(codes("Civil Engineer", "P.E. required")).containsExactly("STENG001");
    assertThat(codes("Civil Engineer", "PE licensed engineer")).containsExactly("STENG001");
    assertThat(codes("Civil Engineer", "Must be a registered Professional Engineer; PE required"))
        .containsExactly("STENG001");
    assertThat(codes("PE Teacher", "Teach PE to grades 3-5")).isEmpty();
  }

  @Test
  void plainSecurityIsNeverSecurityPlus() {
    assertThat(codes("Analyst", "Security clearance and security awareness")).isEmpty();
    assertThat(codes("Analyst", "Security+ required")).containsExactly("COMPT003");
  }
}
