package org.credval.core.articulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.Test;

class ArticulationCsvTest {

  static final String HEADER = String.join(",", ArticulationCsv.COLUMNS) + "\n";

  @Test
  void writesAndReadsBackEqualAgreementsIncludingQuotedCommasAndQuotes() {
    Articulation tricky = new Articulation(new CredentialCode("TESTA001"), "College of the Example, North", "654321",
        new CipCode("47.0201"), "HVAC \"Fast Track\"", new java.math.BigDecimal("4.5"), CreditUnit.QUARTER_HOUR,
        java.time.LocalDate.of(2024, 8, 15), null, null, "Needs a grade of C, or better");
    List<Articulation> all = List.of(Credits.articulation("TESTA001", "Example Valley College", null, "6", CreditUnit.SEMESTER_HOUR),
        tricky);

    String csv = ArticulationCsv.write(all);
    CreditImport<Articulation> back = ArticulationCsv.read(csv);

    assertThat(back.problems()).isEmpty();
    assertThat(back.rows()).containsExactlyElementsOf(all);
    assertThat(back.lines()).containsExactly(2, 3);
    assertThat(ArticulationCsv.write(back.rows())).isEqualTo(csv);
  }

  @Test
  void rejectsEachBadRowWithLineFieldAndKindAndKeepsTheGoodOnes() {
    String csv = HEADER
        + "TESTA001,Example Valley College,,47.0201,HVAC Technology,6,semester_hour,2025-07-01,,,\n"
        + "NOPE0001,Example Valley College,,47.0201,HVAC Technology,6,semester_hour,2025-07-01,,,\n"
        + "TESTA001,Example Valley College,,47.02X1,HVAC Technology,6,semester_hour,2025-07-01,,,\n"
        + "TESTA001,Example Valley College,,47.0201,HVAC Technology,-3,semester_hour,2025-07-01,,,\n"
        + "TESTA001,Example Valley College,,47.0201,HVAC Technology,3,semester_hour,2025-07-01,2025-06-30,,\n"
        + "TESTA001,Example Valley College,,47.0201,HVAC Technology,3,credits,2025-07-01,,,\n"
        + "TESTA001,,,47.0201,HVAC Technology,3,semester_hour,2025-07-01,,,\n"
        + "TESTA001,Example Valley College,,47.0201,HVAC Technology,3,semester_hour,07/01/2025,,,\n"
        + "TESTA001,Example Valley College,,47.0201\n"
        + "TESTA001,Example Valley College,,99.9999,HVAC Technology,3,semester_hour,2025-07-01,,,\n";
    CreditImport<Articulation> r = ArticulationCsv.read(csv, Set.of(new CredentialCode("TESTA001"))::contains,
        cip -> !cip.value().equals("99.9999"));

    assertThat(r.rows()).hasSize(1);
    assertThat(r.lines()).containsExactly(2);
    assertThat(r.problems()).extracting(CreditProblem::line, CreditProblem::field, CreditProblem::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "credential_code", CreditProblem.Kind.UNKNOWN_CREDENTIAL),
        org.assertj.core.groups.Tuple.tuple(4, "cip_code", CreditProblem.Kind.BAD_CIP),
        org.assertj.core.groups.Tuple.tuple(5, "credit_hours", CreditProblem.Kind.BAD_HOURS),
        org.assertj.core.groups.Tuple.tuple(6, "effective_to", CreditProblem.Kind.BAD_DATE),
        org.assertj.core.groups.Tuple.tuple(7, "credit_type", CreditProblem.Kind.BAD_UNIT),
        org.assertj.core.groups.Tuple.tuple(8, "institution", CreditProblem.Kind.MISSING),
        org.assertj.core.groups.Tuple.tuple(9, "effective_from", CreditProblem.Kind.BAD_DATE),
        org.assertj.core.groups.Tuple.tuple(10, "row", CreditProblem.Kind.ROW_SHAPE),
        org.assertj.core.groups.Tuple.tuple(11, "cip_code", CreditProblem.Kind.UNKNOWN_CIP));
    assertThat(r.problems().get(0).reason()).contains("NOPE0001").contains("not in the catalog");
  }

  @Test
  void refusesAFileWithAnotherHeader() {
    CreditImport<Articulation> r = ArticulationCsv.read("code,name\nX,Y\n");
    assertThat(r.wrongHeader()).isTrue();
    assertThat(r.problems().get(0).reason()).contains("credential_code,institution");
  }

  @Test
  void countsLinesOfQuotedLineBreaksSoLaterRowsKeepTheirLineNumbers() {
    String csv = HEADER
        + "TESTA001,Example Valley College,,47.0201,HVAC,6,semester_hour,2025-07-01,,,\"first line\nsecond line\"\n"
        + "TESTA001,Example Valley College,,47.0201,HVAC,-1,semester_hour,2025-08-01,,,\n";
    CreditImport<Articulation> r = ArticulationCsv.read(csv);
    // The multi-line note is refused (notes are one line) on line 2, the negative hours on line 4.
    assertThat(r.problems()).extracting(CreditProblem::line).containsExactly(2, 4);
  }

  @Test
  void apprenticeshipCreditRoundTripsAndRejectsNegativeHours() {
    List<ApprenticeshipCredit> all = List.of(Credits.apprenticeship("TESTA001", "Electrician", "0159", 144),
        Credits.apprenticeship("TESTA002", "HVAC Installer, Residential", null, 80));
    String csv = ApprenticeshipCreditCsv.write(all);
    assertThat(ApprenticeshipCreditCsv.read(csv).rows()).containsExactlyElementsOf(all);

    CreditImport<ApprenticeshipCredit> bad = ApprenticeshipCreditCsv.read(String.join(",", ApprenticeshipCreditCsv.COLUMNS)
        + "\nTESTA001,Electrician,0159,-144,,,,\nTESTA001,Electrician,0159,many,,,,\n");
    assertThat(bad.rows()).isEmpty();
    assertThat(bad.problems()).extracting(CreditProblem::kind).containsOnly(CreditProblem.Kind.BAD_HOURS);
  }

  @Test
  void theFictionalExamplesInTheDocsAreValid() throws java.io.IOException {
    java.nio.file.Path examples = java.nio.file.Path.of("..", "docs", "examples");
    String articulations = java.nio.file.Files.readString(examples.resolve("articulation-example.csv"));
    String apprenticeships = java.nio.file.Files.readString(examples.resolve("apprenticeship-credit-example.csv"));
    assertThat(ArticulationCsv.read(articulations).problems()).isEmpty();
    assertThat(ArticulationCsv.read(articulations).rows()).isNotEmpty()
        .allSatisfy(a -> assertThat(a.notes()).contains("FICTIONAL EXAMPLE"));
    assertThat(ApprenticeshipCreditCsv.read(apprenticeships).problems()).isEmpty();
  }
}
