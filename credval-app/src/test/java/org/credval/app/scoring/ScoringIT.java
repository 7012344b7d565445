package org.credval.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credval.app.catalog.StarterCatalog;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.signals.NycSignalRun;
import org.credval.app.signals.SignalService;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.code.CredentialCode;
import org.credval.core.scoring.CredentialScore;
import org.credval.core.scoring.CriterionResult;
import org.credval.core.scoring.DataSet;
import org.credval.core.scoring.InvalidRubricException;
import org.credval.core.scoring.RunDiff;
import org.credval.core.scoring.ScoringRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole scoring on the real public data (BLS OEWS national May 2024, the reduced state file of
 * May 2023, Employment Projections 2024-34, the starter catalog): the evidence quotes the published
 * figures, a run is reproducible byte for byte, it is stored and read back, criteria whose data
 * is not loaded say "no evidence", and a stored employer-signal run feeds the signal criteria.
 * Expected figures are read from the published files here with a plain CSV reader.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ScoringIT {

  private static final String CNA = "STHHS001";
  private static final String NURSING_ASSISTANTS = "31-1131";
  private static final LivingWage LIVING_WAGE = new LivingWage(new BigDecimal("31300"), "test figure");

  @Autowired ImportService imports;
  @Autowired StarterCatalog starter;
  @Autowired ScoringService scoring;
  @Autowired ScoringRuns runs;
  @Autowired JdbcTemplate jdbc;
  @Autowired SignalService signals;

  Path data;

  @BeforeEach
  void loadTheData() throws IOException {
    data = sharedData();
    starter.ensureLoaded("test");
    load("oews", "bls-oews-national/oews_national_M2024.csv.gz", Map.of());
    load("oews", "bls-oews-state-2023-meanwage/state_M2023_dl_meanonly.raw.csv.gz", Map.of("year", "2023"));
    load("ep", "bls-ep-2024-34/ep_table_1_2_occupational_projections_2024_34.csv", Map.of());
    load("ep", "bls-ep-2024-34/ep_table_1_10_separations_openings_2024_34.csv", Map.of());
  }

  private void load(String kind, String file, Map<String, String> options) throws IOException {
    String status = imports.run(kind, data.resolve(file), options, false, "test", ProgressListener.NONE).status();
    assertThat(status).as(file).isIn("COMMITTED", "UNCHANGED");
  }

  private ScoringService.Request texas(Set<DataSet> allow) {
    return new ScoringService.Request("TX", 2024, LIVING_WAGE, allow);
  }

  @Test
  void scoresEveryPresetReproduciblyAndStoresTheRun() throws Exception {
    Set<DataSet> allow = EnumSet.of(DataSet.POSTINGS, DataSet.ARTICULATION);
    StateEvidence evidence = scoring.evidence(texas(allow));
    CredentialFacts cna = evidence.credential(CNA).orElseThrow();

    // The wage is Texas's own: the reduced state file publishes only means, and says so.
    BigDecimal txMean = number(stateRow("Texas", NURSING_ASSISTANTS).get("A_MEAN"));
    Fact wage = cna.fact("occupation_wage");
    assertThat(wage.number()).isEqualByComparingTo(txMean);
    assertThat(wage.explanation()).contains("Texas", "a mean (no median loaded)");
    assertThat(wage.source()).isEqualTo("BLS OEWS May 2023, Texas");
    // No state percentiles are loaded: the entry wage is the nation's 25th percentile, labeled.
    BigDecimal pct25 = number(nationalRow(NURSING_ASSISTANTS).get("A_PCT25"));
    Fact entry = cna.fact("entry_wage_to_living_wage");
    assertThat(entry.number()).isEqualByComparingTo(pct25.divide(LIVING_WAGE.annual(), 2, RoundingMode.HALF_EVEN));
    assertThat(entry.explanation()).contains("national (no TX estimate loaded)");
    BigDecimal openings = new BigDecimal(epRow(NURSING_ASSISTANTS).get("Occupational openings, 2024–34 annual average"));
    assertThat(cna.fact("occupation_openings").number()).isEqualByComparingTo(openings.movePointRight(3));
    assertThat(cna.fact("occupation_stars").number()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));

    StateEvidence reassembled = scoring.assemble(texas(allow));
    assertThat(reassembled.digest()).isEqualTo(evidence.digest());
    boolean creditLoaded = jdbc.queryForObject("select count(*) from articulation where status = 'active'", Integer.class) > 0;
    for (String preset : List.of("texas", "ohio", "louisiana", "tennessee", "florida")) {
      RubricSource rubric = RubricSource.of(preset);
      ScoringService.Scored first = scoring.score(rubric, texas(allow), evidence);
      ScoringService.Scored again = scoring.score(rubric, texas(allow), reassembled);
      assertThat(again.run().inputDigest()).as(preset).isEqualTo(first.run().inputDigest());
      assertThat(again.run().runDigest()).as(preset).isEqualTo(first.run().runDigest());
      assertThat(again.run().toCsv()).as(preset).isEqualTo(first.run().toCsv());
      assertThat(first.run().scores()).as(preset).hasSize(evidence.credentials().size()).isNotEmpty();
      if (preset.equals("texas")) {
        // No postings are stored: the gate on postings has no evidence and says so; no credential is listed.
        CredentialScore s = first.run().score(new CredentialCode(CNA)).orElseThrow();
        CriterionResult inPostings = s.criteria().stream().filter(c -> c.ruleId().equals("in-postings")).findFirst().orElseThrow();
        assertThat(inPostings.status()).isEqualTo(CriterionResult.Status.NO_EVIDENCE);
        assertThat(inPostings.explanation()).contains("no evidence");
        assertThat(first.run().scores()).noneMatch(CredentialScore::listed);
      }
      String id = scoring.store(first, "test");
      ScoringRuns.RunInfo info = runs.run(id).orElseThrow();
      assertThat(info.runDigest()).isEqualTo(first.run().runDigest());
      assertThat(runs.output(id, false)).isEqualTo(first.run().toCsv());
      assertThat(info.outputDigest()).isEqualTo(StateEvidence.sha256(first.run().toCsv()));
      assertThat(runs.results(id)).hasSize(first.run().scores().size());
      // A stored run compares with itself as unchanged, and with its in-memory run the same way.
      assertThat(RunDiff.between(runs.scoringRun(info), first.run()).changes()).as(preset).isEmpty();
      List<ScoringRuns.StoredCriterion> stored = runs.criteria(id, CNA);
      assertThat(stored).hasSize(first.run().score(new CredentialCode(CNA)).orElseThrow().criteria().size());
      if (!creditLoaded && (preset.equals("florida") || preset.equals("ohio") || preset.equals("louisiana"))) {
        assertThat(stored).filteredOn(c -> c.criterion().equals("credit_hours")).isNotEmpty()
            .allSatisfy(c -> {
              assertThat(c.status()).isEqualTo("no_evidence");
              assertThat(c.evidenceNote()).isEqualTo("no evidence: no articulation agreements are loaded");
            });
      }
    }
  }

  @Test
  void refusesARubricOnDataThatIsNotLoadedBeforeScoring() throws Exception {
    Assumptions.assumeTrue(jdbc.queryForObject("select count(*) from articulation where status = 'active'", Integer.class) == 0,
        "another test left articulation agreements in the database");
    assertThatThrownBy(() -> scoring.score(RubricSource.of("florida"), texas(Set.of())))
        .isInstanceOf(InvalidRubricException.class)
        .hasMessageContaining("credit_hours").hasMessageContaining("articulation");
  }

  @Test
  void readsTheStatesEmployerSignalRun() throws Exception {
    String run = "test-scoring-it-signal-run-0001";
    cleanSignals(run);
    try {
      jdbc.update("insert into signal_run (run_id, created_at, created_by, period, area, engine, input_sha256, catalog_sha256,"
          + " params, postings, duplicates) values (?, current_timestamp, 'test', '2024', 'TX', 'plain', 'x', 'y', '', 1930, 0)", run);
      signal(run, "all", 95, 1930, 60, 41, null, 0, null, 0, null);
      signal(run, NURSING_ASSISTANTS, 80, 412, 55, 35, new BigDecimal("36400"), 20, new BigDecimal("33800"), 40,
          new BigDecimal("2600"));
      StateEvidence evidence = scoring.evidence(texas(Set.of(DataSet.ARTICULATION)));
      CredentialFacts cna = evidence.credential(CNA).orElseThrow();
      assertThat(cna.fact("postings_demand").number()).isEqualByComparingTo("95");
      assertThat(cna.fact("employer_portability").number()).isEqualByComparingTo("41");
      Fact required = cna.fact("required_share");
      assertThat(required.count()).isEqualTo(55);
      assertThat(required.total()).isEqualTo(412);
      assertThat(required.explanation()).isEqualTo("SOC 31-1131 in TX, 2024");
      assertThat(cna.fact("pay_premium").number()).isEqualByComparingTo(
          new BigDecimal("2600").divide(new BigDecimal("33800"), 6, RoundingMode.HALF_UP));
      // The Texas preset can now run without allowing postings to be missing.
      ScoringRun scored = scoring.score(RubricSource.of("texas"), texas(Set.of(DataSet.ARTICULATION)), evidence).run();
      CriterionResult inPostings = scored.score(new CredentialCode(CNA)).orElseThrow().criteria().stream()
          .filter(c -> c.ruleId().equals("in-postings")).findFirst().orElseThrow();
      assertThat(inPostings.status()).isEqualTo(CriterionResult.Status.MET);
      assertThat(inPostings.explanation()).contains("named in 95 postings");
    } finally {
      cleanSignals(run);
    }
  }

  @Test
  void scoresEveryPresetForNewYorkWithTheSignalRunOfItsPostings() throws Exception {
    SignalService.Outcome run = NycSignalRun.compute(imports, signals, jdbc);
    try {
      assertThat(run.rows()).as("the NYC sample names credentials").isNotEmpty();
      boolean creditLoaded = jdbc.queryForObject("select count(*) from articulation where status = 'active'", Integer.class) > 0;
      ScoringService.Request ny = new ScoringService.Request("NY", 2024, LIVING_WAGE,
          creditLoaded ? Set.of() : EnumSet.of(DataSet.ARTICULATION));
      StateEvidence evidence = scoring.assemble(ny);
      assertThat(evidence.dataSets()).contains("postings");
      assertThat(evidence.notes()).noneMatch(n -> n.contains("job-postings signal run"));

      // Counts are the state's all-occupations cell, or 0 for a credential no counted posting names.
      Map<String, CredentialSignal> all = new java.util.HashMap<>();
      run.rows().stream().filter(r -> r.socCode().equals("all")).forEach(r -> all.put(r.credentialCode().value(), r));
      String runPrefix = run.run().runId().substring(0, 8);
      for (CredentialFacts c : evidence.credentials()) {
        CredentialSignal row = all.get(c.credential().code().value());
        assertThat(c.fact("postings_demand").number()).as(c.credential().code().value())
            .isEqualByComparingTo(BigDecimal.valueOf(row == null ? 0 : row.postings()));
        assertThat(c.fact("postings_demand").source()).contains(runPrefix);
        assertThat(c.fact("employer_portability").number())
            .isEqualByComparingTo(BigDecimal.valueOf(row == null ? 0 : row.employers()));
        // The required share sums the credential's own occupation cells, counted here from the rows.
        List<CredentialSignal> cells = run.rows().stream().filter(r -> r.credentialCode().equals(c.credential().code())
            && c.credential().socCodes().stream().anyMatch(soc -> soc.value().equals(r.socCode()))).toList();
        Fact required = c.fact("required_share");
        if (cells.isEmpty()) {
          assertThat(required.present()).isFalse();
          assertThat(required.explanation()).startsWith("no evidence: no postings coded to its occupations");
        } else {
          assertThat(required.count()).isEqualTo(cells.stream().mapToLong(CredentialSignal::requiredPostings).sum());
          assertThat(required.total()).isEqualTo(cells.stream().mapToLong(CredentialSignal::occupationPostings).sum());
          assertThat(required.explanation()).startsWith("SOC ").endsWith(" in NY, all");
        }
      }

      StateEvidence cached = scoring.evidence(ny);
      for (String preset : List.of("texas", "ohio", "louisiana", "tennessee", "florida")) {
        ScoringService.Scored first = scoring.score(RubricSource.of(preset), ny, evidence);
        ScoringService.Scored again = scoring.score(RubricSource.of(preset), ny, cached);
        assertThat(again.run().toCsv()).as(preset).isEqualTo(first.run().toCsv());
        assertThat(again.run().toJson()).as(preset).isEqualTo(first.run().toJson());
        assertThat(first.run().scores()).as(preset).hasSize(evidence.credentials().size());
        // No employer-signal criterion is left without evidence for want of a run.
        assertThat(first.run().scores()).flatExtracting(CredentialScore::criteria)
            .filteredOn(r -> r.criterion().key().equals("postings_demand") || r.criterion().key().equals("employer_portability"))
            .allSatisfy(r -> assertThat(r.status()).as(preset).isNotEqualTo(CriterionResult.Status.NO_EVIDENCE));
        if (preset.equals("texas")) {
          // Listed only past the gates: third party, an assessment and at least 10 NY postings.
          for (CredentialScore s : first.run().scores()) {
            CredentialSignal row = all.get(s.code().value());
            boolean enough = row != null && row.postings() >= 10;
            if (s.listed()) {
              assertThat(enough).as(s.code().value()).isTrue();
            }
          }
        }
        String id = scoring.store(first, "test");
        assertThat(runs.output(id, false)).isEqualTo(first.run().toCsv());
        assertThat(runs.run(id).orElseThrow().dataSets()).contains("postings");
      }
    } finally {
      NycSignalRun.remove(jdbc);
    }
  }

  private void signal(String run, String soc, int postings, int occupationPostings, int required, int employers,
      BigDecimal with, int withN, BigDecimal without, int withoutN, BigDecimal premium) {
    jdbc.update("insert into credential_signal (run_id, credential_code, soc_code, area, period, postings, occupation_postings,"
            + " required_postings, preferred_postings, alternative_postings, required_later_postings, mentioned_postings,"
            + " negated_postings, employers, median_pay_with, pay_with_n, median_pay_without, pay_without_n, pay_premium,"
            + " cooccurring) values (?, ?, ?, 'TX', '2024', ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, '')",
        run, CNA, soc, postings, occupationPostings, required, employers, with, withN, without, withoutN, premium);
  }

  private void cleanSignals(String run) {
    jdbc.update("delete from credential_signal where run_id = ?", run);
    jdbc.update("delete from signal_run where run_id = ?", run);
  }

  private static BigDecimal number(String published) {
    return new BigDecimal(published.replace(",", "").strip());
  }

  private CSVRecord stateRow(String state, String soc) throws IOException {
    return find(data.resolve("bls-oews-state-2023-meanwage/state_M2023_dl_meanonly.raw.csv.gz"), ';',
        r -> r.get("AREA_TITLE").equals(state) && r.get("OCC_CODE").equals(soc));
  }

  private CSVRecord nationalRow(String soc) throws IOException {
    return find(data.resolve("bls-oews-national/oews_national_M2024.csv.gz"), ',', r -> r.get("OCC_CODE").equals(soc));
  }

  private CSVRecord epRow(String soc) throws IOException {
    return find(data.resolve("bls-ep-2024-34/ep_table_1_10_separations_openings_2024_34.csv"), ',',
        r -> r.get("2024 National Employment Matrix code").strip().equals(soc));
  }

  private static CSVRecord find(Path file, char delimiter, java.util.function.Predicate<CSVRecord> match) throws IOException {
    try (Reader r = new InputStreamReader(file.toString().endsWith(".gz")
        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true).get().parse(new BomSkipping(r))) {
        if (match.test(rec)) {
          return rec;
        }
      }
    }
    throw new AssertionError("row not found in " + file);
  }

  /** The reduced state file starts with a UTF-8 byte order mark. */
  private static final class BomSkipping extends java.io.FilterReader {
    private boolean first = true;

    BomSkipping(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (first && n > 0) {
        first = false;
        if (buf[off] == '\uFEFF') {
          System.arraycopy(buf, off + 1, buf, off, n - 1);
          return n - 1;
        }
      }
      return n;
    }
  }

  private static Path sharedData() {
    String configured = System.getProperty("credval.shared.dir");
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("mvnw"))) {
      p = p.getParent();
    }
    Path shared = configured != null && !configured.isBlank() ? Path.of(configured)
        : (p == null ? Path.of("..") : p.resolve("..")).resolve("shared");
    Path data = shared.resolve("data").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(data.resolve("bls-oews-national")),
        "shared data not found at " + data + ": the scoring test needs ../shared/data");
    return data;
  }
}
