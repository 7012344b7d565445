package org.credval.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.credval.app.catalog.StarterCatalog;
import org.credval.app.cli.CredvalCommand;
import org.credval.core.code.CredentialCode;
import org.credval.core.signals.Area;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signals over postings stored with plain SQL: the run and its rows are stored, the CSV says the
 * same, computing again reuses the run, and {@code credval signals --run} writes it again. Postings
 * are dated 2001 in Wyoming so no other test's postings fall in scope. The expected figures are
 * worked out by hand from the postings inserted here.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SignalsIT {

  static final String SOURCE = "signals-it";
  static final CredentialCode CDL = new CredentialCode("STDMV001");
  static final CredentialCode HAZWOPER = new CredentialCode("OSHAX005");
  static final LocalDate MAY = LocalDate.of(2001, 5, 10);

  @Autowired SignalService signals;
  @Autowired StarterCatalog starter;
  @Autowired JdbcTemplate jdbc;
  @Value("${spring.datasource.url}") String url;
  @Value("${spring.datasource.username:sa}") String user;
  @Value("${spring.datasource.password:}") String password;
  @TempDir Path dir;

  @BeforeEach
  void storePostings() {
    starter.ensureLoaded("it");
    removeTestData();
    // 12 truck-driver postings requiring a CDL, midpoints 51,000 .. 62,000, four employers
    for (int i = 0; i < 12; i++) {
      long id = posting("r" + i, "Freight Co " + (i % 4), "WY", MAY, "53-3032", 50000 + 1000 * i, 52000 + 1000 * i, null);
      mention(id, 1, CDL, "required");
      if (i == 0) {
        mention(id, 2, HAZWOPER, "preferred");
        mention(id, 3, CDL, "mentioned");
      }
    }
    // 10 truck-driver postings naming no credential, midpoints 40,000 .. 44,500
    for (int i = 0; i < 10; i++) {
      posting("n" + i, "Other Co", "WY", MAY, "53-3032", 40000 + 500 * i, 40000 + 500 * i, null);
    }
    mention(posting("m", "Mail Co", "WY", MAY, "53-3032", 99999, 99999, null), 1, CDL, "mentioned");
    mention(posting("x", "Local Co", "WY", MAY, "53-3032", 1000, 1000, null), 1, CDL, "negated");
    long original = jdbc.queryForObject("select id from posting where source = ? and source_id = 'r1'", Long.class, SOURCE);
    mention(posting("r1-again", "Freight Co 1", "WY", MAY.plusDays(5), "53-3032", 1000000, 1000000, original), 1, CDL, "required");
    mention(posting("uncoded", "Freight Co 0", "WY", MAY, null, null, null, null), 1, CDL, "required");
    mention(posting("delivery", "Parcel Co", "WY", MAY, "53-3033", 45000, 45000, null), 1, CDL, "preferred");
    mention(posting("nj", "Freight Co 0", "NJ", MAY, "53-3032", 70000, 70000, null), 1, CDL, "required");
    mention(posting("later", "Freight Co 0", "WY", LocalDate.of(2002, 1, 5), "53-3032", 70000, 70000, null), 1, CDL, "required");
  }

  @AfterEach
  void removeTestData() {
    jdbc.update("delete from credential_signal where run_id in (select run_id from signal_run where period like '2001%')");
    jdbc.update("delete from signal_run where period like '2001%'");
    jdbc.update("delete from posting_mention where posting_id in (select id from posting where source = ?)", SOURCE);
    jdbc.update("update posting set duplicate_of = null where source = ?", SOURCE);
    jdbc.update("delete from posting where source = ?", SOURCE);
  }

  @Test
  void storesARunWhoseRowsFollowTheCountingRules() {
    SignalService.Outcome o = signals.compute(new SignalParams(Period.parse("2001-Q2"), Area.parse("WY"), 10, 5), "it");

    assertThat(o.reused()).isFalse();
    assertThat(o.run().postings()).isEqualTo(26);
    assertThat(o.run().duplicates()).isEqualTo(1);
    assertThat(o.run().inputSha256()).hasSize(64);
    CredentialSignal truck = row(o.rows(), CDL, "53-3032");
    assertThat(truck.postings()).isEqualTo(13);
    assertThat(truck.occupationPostings()).isEqualTo(24);
    assertThat(truck.requiredPostings()).isEqualTo(12);
    assertThat(truck.mentionedPostings()).isEqualTo(1);
    assertThat(truck.negatedPostings()).isEqualTo(1);
    assertThat(truck.employers()).isEqualTo(5);
    assertThat(truck.payWithN()).isEqualTo(12);
    assertThat(truck.medianPayWith()).isEqualByComparingTo("56500");
    assertThat(truck.payWithoutN()).isEqualTo(10);
    assertThat(truck.medianPayWithout()).isEqualByComparingTo("42250");
    assertThat(truck.payPremium()).isEqualByComparingTo("14250");
    assertThat(truck.cooccurring()).isEqualTo("OSHAX005:1");

    CredentialSignal group = row(o.rows(), CDL, "53-0000");
    assertThat(group.postings()).isEqualTo(14);
    assertThat(group.preferredPostings()).isEqualTo(1);
    assertThat(group.medianPayWith()).isEqualByComparingTo("56000");
    assertThat(group.payPremium()).isEqualByComparingTo("13750");
    CredentialSignal delivery = row(o.rows(), CDL, "53-3033");
    assertThat(delivery.medianPayWith()).as("one posting is below the minimum of 10").isNull();
    assertThat(delivery.payWithN()).isEqualTo(1);
    assertThat(row(o.rows(), CDL, "all").postings()).isEqualTo(15);
    assertThat(row(o.rows(), CDL, "all").payPremium()).isNull();
    assertThat(row(o.rows(), CDL, "unknown").postings()).isEqualTo(1);

    // stored as computed, run metadata included
    assertThat(signals.stored(o.run().runId()).orElseThrow().rows()).isEqualTo(o.rows());
    assertThat(jdbc.queryForObject("select count(*) from credential_signal where run_id = ?", Integer.class,
        o.run().runId())).isEqualTo(o.rows().size());
    assertThat(jdbc.queryForObject("select params from signal_run where run_id = ?", String.class, o.run().runId()))
        .isEqualTo("min_pay_n=10;top_cooccurring=5;pay=annual_midpoint");
  }

  @Test
  void computingAgainOnTheSameInputReusesTheRunAndNewInputMakesANewOne() {
    SignalParams params = new SignalParams(Period.parse("2001"), Area.parse("WY"), 10, 5);
    SignalService.Outcome first = signals.compute(params, "it");
    SignalService.Outcome again = signals.compute(params, "it");
    assertThat(again.reused()).isTrue();
    assertThat(again.run().runId()).isEqualTo(first.run().runId());
    assertThat(again.rows()).isEqualTo(first.rows());
    assertThat(jdbc.queryForObject("select count(*) from signal_run where period = '2001'", Integer.class)).isEqualTo(1);

    SignalService.Outcome lower = signals.compute(new SignalParams(Period.parse("2001"), Area.parse("WY"), 1, 5), "it");
    assertThat(lower.reused()).isFalse();
    assertThat(row(lower.rows(), CDL, "53-3033").medianPayWith()).isEqualByComparingTo("45000");

    jdbc.update("update posting_mention set requirement = 'preferred' where posting_id ="
        + " (select id from posting where source = ? and source_id = 'r5')", SOURCE);
    SignalService.Outcome changed = signals.compute(params, "it");
    assertThat(changed.reused()).isFalse();
    assertThat(changed.run().inputSha256()).isNotEqualTo(first.run().inputSha256());
    assertThat(row(changed.rows(), CDL, "53-3032").requiredPostings()).isEqualTo(11);
  }

  @Test
  void theCommandWritesTheCsvAndWritesAStoredRunAgain() throws Exception {
    Path out = dir.resolve("signals.csv");
    int code = CredvalCommand.commandLine().execute(db("signals", "--period", "2001-Q2", "--area", "wy",
        "--min-pay-n", "10", "--out", out.toString()));
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(SignalTable.header());
    String truck = lines.stream().filter(l -> l.startsWith("STDMV001,") && l.contains(",53-3032,")).findFirst().orElseThrow();
    List<String> f = List.of(truck.split(",", -1));
    assertThat(f.get(SignalTable.COLUMNS.indexOf("credential_name"))).contains("Commercial Driver");
    assertThat(f.get(SignalTable.COLUMNS.indexOf("postings"))).isEqualTo("13");
    assertThat(f.get(SignalTable.COLUMNS.indexOf("share"))).isEqualTo(new BigDecimal(13).divide(new BigDecimal(24), 4,
        java.math.RoundingMode.HALF_EVEN).toPlainString());
    assertThat(f.get(SignalTable.COLUMNS.indexOf("pay_premium"))).isEqualTo("14250.00");

    String runId = jdbc.queryForObject("select run_id from signal_run where period = '2001-Q2'", String.class);
    Path again = dir.resolve("again.csv");
    assertThat(CredvalCommand.commandLine().execute(db("signals", "--run", runId, "--out", again.toString()))).isZero();
    assertThat(Files.readString(again)).isEqualTo(Files.readString(out));

    assertThat(CredvalCommand.commandLine().execute(db("signals", "--period", "2001-07-01", "--out", out.toString())))
        .isEqualTo(2);
    assertThat(CredvalCommand.commandLine().execute(db("signals", "--run", "no-such-run", "--out", out.toString())))
        .isEqualTo(2);
  }

  private String[] db(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--db-url", url, "--db-user", user, "--db-password", password));
    return all.toArray(String[]::new);
  }

  private static CredentialSignal row(List<CredentialSignal> rows, CredentialCode code, String soc) {
    return rows.stream().filter(r -> r.credentialCode().equals(code) && r.socCode().equals(soc)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + code + " in " + soc));
  }

  private long posting(String sourceId, String employer, String state, LocalDate posted, String soc, Integer payMin,
      Integer payMax, Long duplicateOf) {
    jdbc.update("insert into posting (source, source_id, employer, title, state, posted_on, pay_basis, pay_annual_min,"
        + " pay_annual_max, soc_code, soc_method, duplicate_of, content_sha256, catalog_sha256, load_id)"
        + " values (?, ?, ?, 'Driver', ?, ?, 'annual', ?, ?, ?, ?, ?, ?, ?, 'signals-it')",
        SOURCE, sourceId, employer, state, java.sql.Date.valueOf(posted), payMin, payMax, soc,
        soc == null ? "unknown" : "source", duplicateOf, "0".repeat(64), "c".repeat(64));
    return jdbc.queryForObject("select id from posting where source = ? and source_id = ?", Long.class, SOURCE, sourceId);
  }

  private void mention(long postingId, int seq, CredentialCode code, String level) {
    jdbc.update("insert into posting_mention (posting_id, seq, credential_code, requirement, field, start_offset,"
        + " end_offset, matched_text) values (?, ?, ?, ?, 'description', 0, 3, 'CDL')", postingId, seq, code.value(), level);
  }
}
