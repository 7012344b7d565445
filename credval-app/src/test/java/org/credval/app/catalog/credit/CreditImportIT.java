package org.credval.app.catalog.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.credval.app.catalog.CatalogEditException;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.web.WebFixture;
import org.credval.core.articulation.ApprenticeshipCreditCsv;
import org.credval.core.articulation.ArticulationCsv;
import org.credval.core.articulation.PostsecondaryCurrency;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading articulation agreements and apprenticeship credit, editing them by hand, and what scoring reads. */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CreditImportIT {

  static final CredentialCode CODE = new CredentialCode(WebFixture.CREDENTIAL);
  static final String HEADER = String.join(",", ArticulationCsv.COLUMNS);
  static final String GOOD = "TESTX001,Example Valley College,999991,48.9991,Widget Assembly Technology,6,semester_hour,2025-07-01,,https://example.edu/fictional,Fictional example";
  static final String SECOND = "TESTX001,Example Hills College,,48.9991,Widget Technology,4.5,quarter_hour,2024-01-01,2030-06-30,,";

  @Autowired ImportService imports;
  @Autowired JdbcTemplate jdbc;
  @Autowired CreditEditor editor;
  @Autowired ArticulationAgreements articulations;
  @Autowired PostsecondaryCurrencies currencies;
  @Autowired CreditHistory history;
  @Autowired ApprenticeshipCredits apprenticeships;
  @Autowired org.credval.app.catalog.Credentials credentials;
  @TempDir Path dir;

  @BeforeEach
  void insertFixture() {
    forgetCreditLoads();
    WebFixture.insert(jdbc);
  }

  @AfterEach
  void removeFixture() {
    WebFixture.remove(jdbc);
    forgetCreditLoads();
  }

  /** Each test loads its files afresh: a file loaded by an earlier test or run would be UNCHANGED by its hash. */
  private void forgetCreditLoads() {
    String kinds = "('articulation', 'apprenticeship-credit')";
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind in " + kinds + ")");
    jdbc.update("delete from import_batch where kind in " + kinds);
  }

  private Path file(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private int stored() {
    return jdbc.queryForObject("select count(*) from articulation where credential_code like 'TESTX%'", Integer.class);
  }

  @Test
  void loadsGoodRowsRejectsBadOnesWithTheirCodesAndReloadsWithoutChange() throws IOException {
    Path f = file("agreements.csv", HEADER, GOOD, SECOND,
        "ZZZZZ999,Example Valley College,,48.9991,Widget Assembly Technology,6,semester_hour,2025-07-01,,,",
        "TESTX001,Example Valley College,,48.99X1,Widget Assembly Technology,6,semester_hour,2025-07-01,,,",
        "TESTX001,Example Valley College,,48.9991,Widget Assembly Technology,-6,semester_hour,2025-07-01,,,",
        "TESTX001,Example Valley College,,48.9991,Widget Assembly Technology,6,semester_hour,2025-07-01,2024-07-01,,",
        "TESTX001,Example Valley College,,48.9999,Widget Assembly Technology,6,semester_hour,2026-07-01,,,",
        "TESTX001,Example Valley College,,48.9991,Widget Assembly Technology,6,credits,2027-07-01,,,");

    ImportReport dry = imports.run("articulation", f, true, "analyst");
    assertThat(dry.status()).isEqualTo("VALIDATED");
    assertThat(dry.inserted()).isEqualTo(2);
    assertThat(stored()).isZero();

    ImportReport r = imports.run("articulation", f, false, "analyst");
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.inserted()).isEqualTo(2);
    assertThat(r.rejections()).extracting(x -> x.line() + " " + x.field() + " " + x.code().code()).containsExactly(
        "4 credential_code CV-IMP-050", "5 cip_code CV-IMP-051", "6 credit_hours CV-IMP-053",
        "7 effective_to CV-IMP-054", "8 cip_code CV-IMP-052", "9 credit_type CV-IMP-055");
    assertThat(stored()).isEqualTo(2);

    assertThat(imports.run("articulation", f, false, "analyst").status()).isEqualTo("UNCHANGED");
    // The same rows in another file: nothing changes either.
    ImportReport again = imports.run("articulation", file("copy.csv", HEADER, SECOND, GOOD), false, "analyst");
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.inserted() + again.updated()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from credit_change where credential_code = 'TESTX001'", Integer.class))
        .isEqualTo(2);
  }

  @Test
  void aChangedRowUpdatesTheAgreementWithHistoryAndRetiredEntriesStopCounting() throws IOException {
    imports.run("articulation", file("a.csv", HEADER, GOOD, SECOND), false, "loader");
    ImportReport r = imports.run("articulation", file("b.csv", HEADER, GOOD.replace(",6,semester_hour,", ",9,semester_hour,")),
        false, "loader");
    assertThat(r.updated()).isEqualTo(1);
    Stored<?> valley = articulations.of(CODE).stream()
        .filter(s -> s.entry().toString().contains("Example Valley College")).findFirst().orElseThrow();
    List<CreditChange> changes = history.of(CreditHistory.ARTICULATION, valley.id());
    assertThat(changes.get(0).changeType()).isEqualTo("update");
    assertThat(changes.get(0).reason()).contains("b.csv").contains(r.loadId());
    assertThat(changes.get(0).changes()).extracting(c -> c.column() + " " + c.before() + "→" + c.after())
        .containsExactly("credit_hours 6→9");

    PostsecondaryCurrency before = currencies.of(CODE, LocalDate.of(2026, 1, 15));
    assertThat(before.agreements()).isEqualTo(2);
    assertThat(before.institutions()).isEqualTo(2);
    assertThat(before.totalCreditHours()).isEqualByComparingTo("12.00"); // 9 + 4.5 quarter hours × 2/3
    assertThat(before.stacksInto()).isEqualTo(1);

    editor.retireArticulation(valley.id(), valley.version(), "ana", "The college ended the agreement");
    PostsecondaryCurrency after = currencies.of(CODE, LocalDate.of(2026, 1, 15));
    assertThat(after.agreements()).isEqualTo(1);
    assertThat(after.totalCreditHours()).isEqualByComparingTo("3.00");
    assertThat(currencies.all(LocalDate.of(2026, 1, 15))).filteredOn(c -> c.credential().equals(CODE)).singleElement()
        .isEqualTo(after);
    // A reload of the file neither deletes nor revives the retired agreement.
    imports.run("articulation", file("c.csv", HEADER, GOOD.replace(",6,semester_hour,", ",9,semester_hour,")), false, "loader");
    assertThat(articulations.byId(valley.id()).orElseThrow().retired()).isTrue();
  }

  @Test
  void loadsApprenticeshipCreditAndRejectsNegativeHoursAndUnknownCredentials() throws IOException {
    Path f = file("appr.csv", String.join(",", ApprenticeshipCreditCsv.COLUMNS),
        "TESTX001,Widget Assembler (fictional),0999,144,2025-01-01,,,Fictional example",
        "TESTX001,Widget Inspector (fictional),,-10,,,,",
        "ZZZZZ999,Widget Inspector (fictional),,10,,,,",
        "TESTX002,Widget Inspector (fictional),99-X,10,,,,");
    ImportReport r = imports.run("apprenticeship-credit", f, false, "analyst");
    assertThat(r.inserted()).isEqualTo(1);
    assertThat(r.rejections()).extracting(x -> x.line() + " " + x.code()).containsExactly(
        "3 " + ErrorCode.CREDIT_BAD_HOURS, "4 " + ErrorCode.CREDIT_UNKNOWN_CREDENTIAL, "5 " + ErrorCode.CREDIT_BAD_IDENTIFIER);
    assertThat(currencies.of(CODE, LocalDate.of(2026, 1, 15)).maxApprenticeshipHours()).isEqualTo(144);
    assertThat(imports.run("apprenticeship-credit", file("appr2.csv", String.join(",", ApprenticeshipCreditCsv.COLUMNS),
        "TESTX001,Widget Assembler (fictional),0999,144,2025-01-01,,,Fictional example"), false, "analyst").unchanged()).isEqualTo(1);
  }

  @Test
  void refusesAFileOfAnotherKind() throws IOException {
    ImportReport r = imports.run("articulation", file("wages.csv", "OCC_CODE,A_MEDIAN", "29-1141,93600"), false, "it");
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.FILE_WRONG_KIND));
  }

  @Test
  void handEditsNeedAReasonAndTheCurrentVersionAndAreKeptWithBeforeAndAfter() {
    var a = ArticulationCsv.read(HEADER + "\n" + GOOD + "\n").rows().get(0);
    assertThatThrownBy(() -> editor.add(a, "ana", " "))
        .isInstanceOfSatisfying(CatalogEditException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    long id = editor.add(a, "ana", "Agreement signed in June");
    assertThatThrownBy(() -> editor.add(a, "bo", "again"))
        .isInstanceOfSatisfying(CatalogEditException.class, e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.DUPLICATE));

    var changed = ArticulationCsv.read(HEADER + "\n" + GOOD.replace(",2025-07-01,,", ",2025-07-01,2027-06-30,") + "\n").rows().get(0);
    assertThat(editor.update(id, 1, changed, "bo", "End date agreed")).isEqualTo(2);
    assertThatThrownBy(() -> editor.update(id, 1, a, "ana", "stale form"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.CHANGED_MEANWHILE));
    assertThatThrownBy(() -> editor.update(id, 2, changed, "ana", "no-op"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.NOTHING_CHANGED));
    editor.retireArticulation(id, 2, "ana", "Superseded");

    List<CreditChange> h = history.of(CreditHistory.ARTICULATION, id);
    assertThat(h).extracting(c -> c.changeType() + " by " + c.changedBy() + ": " + c.reason())
        .containsExactly("retire by ana: Superseded", "update by bo: End date agreed", "create by ana: Agreement signed in June");
    assertThat(h.get(0).changes()).extracting(c -> c.column() + " " + c.before() + "→" + c.after())
        .containsExactly("status active→retired");
    assertThat(h.get(1).changes()).extracting(c -> c.column() + " " + c.before() + "→" + c.after())
        .containsExactly("effective_to →2027-06-30");
    assertThat(articulations.byId(id).orElseThrow().retired()).isTrue();
  }

  @Test
  void storedActiveAgreementsExportAsCtdlAdvancedStandingAndReadBack() throws IOException {
    imports.run("articulation", file("a.csv", HEADER, GOOD, SECOND), false, "loader");
    imports.run("apprenticeship-credit", file("p.csv", String.join(",", ApprenticeshipCreditCsv.COLUMNS),
        "TESTX002,Widget Assembler (fictional),0999,144,,,,"), false, "loader");
    var credit = new org.credval.core.articulation.PostsecondaryCredit(articulations.active(), apprenticeships.active());
    String json = org.credval.core.catalog.ctdl.CtdlCodec.toJsonLd(credentials.catalog(), soc -> java.util.Optional.empty(), credit);

    assertThat(json).contains("ceterms:isAdvancedStandingFor").contains("Example Valley College").contains("\"0999\"");
    var back = org.credval.core.catalog.ctdl.CtdlCodec.creditFromJsonLd(json);
    assertThat(back).isEqualTo(credit);
    assertThat(back.articulations()).filteredOn(a -> a.credential().equals(CODE)).hasSize(2);
  }
}
