package org.credval.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTsvTest {

  private static final String HEADER = String.join("\t", CatalogTsv.COLUMNS) + "\n";

  /** A valid row whose cells can be overridden by column name. */
  private static String row(String code, String... overrides) {
    String[] cells = {code, "Name " + code, "", "Issuer", "certification", "true", "true", "",
        "15-1232", "", "", "", "it", "", "active"};
    for (int i = 0; i < overrides.length; i += 2) {
      cells[CatalogTsv.COLUMNS.indexOf(overrides[i])] = overrides[i + 1];
    }
    return String.join("\t", cells) + "\n";
  }

  private static List<CatalogProblem> problems(String... rows) {
    return CatalogTsv.read(HEADER + String.join("", rows)).problems();
  }

  @Test
  void readsAValidFileIntoACatalog() {
    CatalogImport result = CatalogTsv.read(HEADER
        + row("COMPT001", "aliases", "A+ Certification|CompTIA A Plus", "stacks_to", "COMPT002",
            "cost_usd", "253.00", "hours", "40", "accreditation", "ANSI|ISO/IEC 17024",
            "url", "https://www.comptia.org/")
        + row("COMPT002", "type", "license", "third_party", "false", "status", "retired"));
    assertThat(result.problems()).isEmpty();
    CredentialCatalog catalog = result.catalog();
    Credential aPlus = catalog.all().get(0);
    assertThat(aPlus.aliases()).containsExactly("A+ Certification", "CompTIA A Plus");
    // one spelling per amount: 253.00 is stored and written as 253
    assertThat(aPlus.costUsd()).hasToString("253");
    assertThat(aPlus.hours()).isEqualTo(40);
    assertThat(aPlus.accreditations()).containsExactly("ANSI", "ISO/IEC 17024");
    Credential net = catalog.all().get(1);
    assertThat(net.type()).isEqualTo(CredentialType.LICENSE);
    assertThat(net.thirdParty()).isFalse();
    assertThat(net.status()).isEqualTo(CredentialStatus.RETIRED);
    assertThat(net.url()).isNull();
  }

  @Test
  void writingWhatWasReadGivesTheSameText() {
    String text = HEADER
        + row("COMPT001", "aliases", "A+|CompTIA A Plus", "stacks_to", "COMPT002", "cost_usd", "0.5")
        + row("COMPT002", "soc_codes", "15-1231|15-1244", "hours", "8", "status", "retired");
    CredentialCatalog catalog = CatalogTsv.read(text).catalog();
    assertThat(CatalogTsv.write(catalog)).isEqualTo(text);
    assertThat(CatalogTsv.read(CatalogTsv.write(catalog)).catalog()).isEqualTo(catalog);
  }

  @Test
  void acceptsWindowsLineEndingsAByteOrderMarkAndBlankLines() {
    String text = "\uFEFF" + (HEADER + row("COMPT001") + "\n" + row("COMPT002")).replace("\n", "\r\n");
    assertThat(CatalogTsv.read(text).catalog().size()).isEqualTo(2);
  }

  @Test
  void rejectsAFileWithoutTheDocumentedHeader() {
    CatalogImport result = CatalogTsv.read("code\tname\n" + row("COMPT001"));
    assertThat(result.problems()).extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(1, "header"));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void reportsAWrongColumnCountWithTheLine() {
    assertThat(problems(row("COMPT001"), "COMPT002\tonly two\n"))
        .extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(3, "row"));
  }

  @Test
  void reportsEachBadCellWithLineAndField() {
    List<CatalogProblem> problems = problems(
        row("COMPT01"),
        row("COMPT003", "type", "diploma"),
        row("COMPT004", "soc_codes", "15-12xx"),
        row("COMPT005", "soc_codes", "15-1230"),
        row("COMPT006", "third_party", "yes"),
        row("COMPT007", "cost_usd", "$100"),
        row("COMPT008", "hours", "-4"),
        row("COMPT009", "status", "expired"),
        row("COMPT010", "aliases", "A||B"),
        row("COMPT011", "industry", "Health Care"));
    assertThat(problems).extracting(CatalogProblem::line, CatalogProblem::field).containsExactly(
        tuple(2, "code"), tuple(3, "type"), tuple(4, "soc_codes"), tuple(5, "soc_codes"),
        tuple(6, "third_party"), tuple(7, "cost_usd"), tuple(8, "hours"), tuple(9, "status"),
        tuple(10, "aliases"), tuple(11, "industry"));
    assertThat(problems.get(1).reason()).contains("unknown type 'diploma'", "certification");
    assertThat(problems.get(3).reason()).contains("15-1230 is a SOC group, not a detailed occupation");
  }

  @Test
  void collectsEveryProblemInARowNotOnlyTheFirst() {
    assertThat(problems(row("COMPT001", "type", "x", "third_party", "maybe", "hours", "1.5")))
        .extracting(CatalogProblem::field)
        .containsExactly("type", "third_party", "hours");
  }

  @Test
  void reportsDuplicateCodesAtTheLaterLine() {
    assertThat(problems(row("COMPT001"), row("COMPT002"), row("COMPT001")))
        .extracting(CatalogProblem::line, CatalogProblem::field, CatalogProblem::reason)
        .containsExactly(tuple(4, "code", "duplicate code COMPT001, already used by \"Name COMPT001\""));
  }

  @Test
  void reportsStackingLinksToCodesThatDoNotExist() {
    assertThat(problems(row("COMPT001", "stacks_to", "COMPT002|COMPT404"), row("COMPT002")))
        .extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(2, "stacks_to"));
  }

  @Test
  void doesNotCallALinkUnknownWhenItsTargetRowWasRejectedForAnotherReason() {
    assertThat(problems(row("COMPT001", "stacks_to", "COMPT002"), row("COMPT002", "type", "x")))
        .extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(3, "type"));
  }

  @Test
  void reportsAStackingCycleWithItsPath() {
    List<CatalogProblem> problems = problems(
        row("COMPT001", "stacks_to", "COMPT002"),
        row("COMPT002", "stacks_to", "COMPT003"),
        row("COMPT003", "stacks_to", "COMPT001"));
    assertThat(problems).extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(4, "stacks_to"));
    assertThat(problems.get(0).reason()).isEqualTo("stacking cycle COMPT001 -> COMPT002 -> COMPT003 -> COMPT001");
  }

  @Test
  void reportsASelfLinkAsAProblemOfThatRow() {
    assertThat(problems(row("COMPT001", "stacks_to", "COMPT001")))
        .extracting(CatalogProblem::line, CatalogProblem::field)
        .containsExactly(tuple(2, "stacks_to"));
  }
}
