package org.credval.app.demand.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small hand-made set of stored postings, mentions and signal runs for the Demand tests, written
 * with plain SQL as {@code credval import postings} and {@code credval signals} would leave them.
 *
 * <ul>
 *   <li>Fictional occupations 96-0000 (group) with 96-1011, and 97-0000 with 97-2011.
 *   <li>Credentials TESTD001 (Fixture Hauling Licence), TESTD002, TESTD003 in the catalog; TESTD009
 *       only in the signals; TESTD008 only negated (0 postings).
 *   <li>Run {@link #NEWEST} (all dates, US), the newest; {@link #OLDER} (all, US) where TESTD003
 *       leads; {@link #NY_2025} (2025, NY).
 *   <li>In the newest run's group 96-0000: TESTD001 has a premium of $9,000 on 12 and 11 postings
 *       with pay; TESTD002 has too few postings with pay (3, under the run's minimum of 10), so the
 *       run stored no median for it; TESTD003 has the largest premium, $20,000. Each sort order
 *       lists the group differently: postings 001, 002, 003; required share 002, 003, 001;
 *       employers 001, 003, 002; premium 003, 001, 002. The pay counts
 *       are chosen for the pages, not derived from the postings below.
 *   <li>Postings p1 to p5 name TESTD001: p1 required (with markup in its title and text), p2
 *       preferred by its section, p3 a duplicate of p1, p4 in Texas only mentioned, p5 in its title.
 *       Postings q1 to q25 each prefer TESTD002, enough for two pages of evidence.
 * </ul>
 *
 * {@link #remove} deletes exactly what {@link #insert} wrote.
 */
final class DemandFixture {

  static final String SOURCE = "test-demand";
  static final String LOAD = "test-demand-fixture";
  static final String NEWEST = "test-demand-run-newest";
  static final String OLDER = "test-demand-run-older";
  static final String NY_2025 = "test-demand-run-ny-2025";
  static final String HAULING = "TESTD001";
  static final String HAULING_NAME = "Fixture Hauling Licence";
  static final String RIGGING = "TESTD002";
  static final String RIGGING_NAME = "Fixture Rigging Card";
  static final String WELDING = "TESTD003";
  static final String WELDING_NAME = "Fixture Weld Ticket";
  static final String P1_TEXT = "Requirements: a valid Fixture Hauling Licence is required. "
      + "<script>alert(\"x\")</script> Benefits & pay.";
  static final String P1_TITLE = "Truck Driver <Class A>";

  private DemandFixture() {}

  static void insert(JdbcTemplate jdbc) {
    remove(jdbc);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    jdbc.update("insert into soc_occupation (soc_code, title, soc_level, definition, load_id) values"
        + " ('96-0000', 'Fixture Transport Occupations', 'major', null, ?),"
        + " ('96-1011', 'Fixture Haulers', 'detailed', null, ?),"
        + " ('97-0000', 'Fixture Metal Occupations', 'major', null, ?)", LOAD, LOAD, LOAD);
    credential(jdbc, HAULING, HAULING_NAME);
    credential(jdbc, RIGGING, RIGGING_NAME);
    credential(jdbc, WELDING, WELDING_NAME);

    run(jdbc, OLDER, now.minus(2, ChronoUnit.DAYS), "all", "US", 60);
    run(jdbc, NY_2025, now.minus(1, ChronoUnit.DAYS), "2025", "NY", 4);
    run(jdbc, NEWEST, now, "all", "US", 30);
    // run, code, soc, area, period, postings, occ, req, pref, alt, later, mentioned, negated, employers,
    // with, withN, without, withoutN, premium, cooccurring
    signal(jdbc, OLDER, WELDING, "all", "US", "all", 50, 60, 40, 5, 0, 0, 5, 0, 20, null, 0, null, 0, null, "");
    signal(jdbc, NEWEST, RIGGING, "all", "US", "all", 8, 30, 1, 5, 1, 0, 1, 0, 3, null, 3, "51000", 20, null,
        HAULING + ":2");
    signal(jdbc, NEWEST, HAULING, "all", "US", "all", 6, 30, 4, 1, 0, 0, 1, 1, 5, "60000", 12, "50000", 15, null,
        RIGGING + ":2;TESTD009:1");
    signal(jdbc, NEWEST, WELDING, "all", "US", "all", 2, 30, 2, 0, 0, 0, 0, 0, 2, null, 2, "50000", 20, null, "");
    signal(jdbc, NEWEST, "TESTD009", "all", "US", "all", 1, 30, 0, 0, 0, 0, 1, 0, 1, null, 0, null, 0, null, "");
    // Only ever said not to be needed: stored, but not ranked.
    signal(jdbc, NEWEST, "TESTD008", "all", "US", "all", 0, 30, 0, 0, 0, 0, 0, 2, 0, null, 0, null, 0, null, null);
    signal(jdbc, NEWEST, HAULING, "96-0000", "US", "all", 5, 7, 4, 1, 0, 0, 0, 0, 4, "61000", 12, "52000", 11,
        "9000", RIGGING + ":2");
    signal(jdbc, NEWEST, RIGGING, "96-0000", "US", "all", 3, 7, 3, 0, 0, 0, 0, 0, 1, null, 3, "51000", 12, null, "");
    signal(jdbc, NEWEST, WELDING, "96-0000", "US", "all", 2, 7, 2, 0, 0, 0, 0, 0, 2, "70000", 12, "50000", 12,
        "20000", "");
    signal(jdbc, NEWEST, HAULING, "96-1011", "US", "all", 4, 5, 3, 1, 0, 0, 0, 0, 3, null, 4, null, 1, null, "");
    signal(jdbc, NEWEST, WELDING, "97-0000", "US", "all", 1, 3, 1, 0, 0, 0, 0, 0, 1, null, 1, null, 2, null, "");
    signal(jdbc, NY_2025, HAULING, "all", "NY", "2025", 2, 4, 1, 1, 0, 0, 0, 0, 2, null, 2, null, 2, null, "");

    posting(jdbc, "p1", "Acme Hauling", P1_TITLE, "NY", "2025-03-01", "96-1011", null);
    section(jdbc, "p1", 1, "qualifications", P1_TEXT);
    mention(jdbc, "p1", 1, HAULING, "required", "qualifications", P1_TEXT, HAULING_NAME, "required");
    posting(jdbc, "p2", "Bolt Freight", "Yard Driver", "NY", "2024-06-01", "96-1011", null);
    String p2 = "A Fixture Hauling Licence and a forklift card.";
    section(jdbc, "p2", 1, "description", "We move freight.");
    section(jdbc, "p2", 2, "preferred_skills", p2);
    mention(jdbc, "p2", 1, HAULING, "preferred", "preferred_skills", p2, HAULING_NAME, "section:preferred_skills");
    posting(jdbc, "p3", "Acme Hauling", P1_TITLE, "NY", "2025-03-02", "96-1011", "p1");
    section(jdbc, "p3", 1, "qualifications", P1_TEXT);
    mention(jdbc, "p3", 1, HAULING, "required", "qualifications", P1_TEXT, HAULING_NAME, "required");
    posting(jdbc, "p4", "Lone Star Logistics", "Dispatcher", "TX", "2025-05-05", "97-2011", null);
    String p4 = "We pay for your Fixture Hauling Licence training.";
    section(jdbc, "p4", 1, "description", p4);
    mention(jdbc, "p4", 1, HAULING, "mentioned", "description", p4, HAULING_NAME, null);
    String p5 = "Fixture Hauling Licence holder wanted";
    posting(jdbc, "p5", null, p5, null, null, null, null);
    mention(jdbc, "p5", 1, HAULING, "required", "title", p5, HAULING_NAME, null);
    for (int i = 1; i <= 25; i++) {
      String q = "q" + i;
      String text = "Nice to have: Fixture Rigging Card (preferred).";
      posting(jdbc, q, "Rigger Co " + i, "Rigger " + i, "NY", String.format("2025-01-%02d", i), "96-1011", null);
      section(jdbc, q, 1, "description", text);
      mention(jdbc, q, 1, RIGGING, "preferred", "description", text, RIGGING_NAME, "preferred");
    }
  }

  private static void credential(JdbcTemplate jdbc, String code, String name) {
    jdbc.update("insert into credential (code, name, issuer, credential_type, third_party, exam_based, industry,"
        + " status, version, updated_at, updated_by) values (?, ?, 'Fixture Council', 'license', true, true,"
        + " 'transportation', 'active', 1, ?, 'fixture-loader')", code, name, Timestamp.from(Instant.now()));
  }

  private static void run(JdbcTemplate jdbc, String id, Instant at, String period, String area, int postings) {
    jdbc.update("insert into signal_run (run_id, created_at, created_by, period, area, engine, input_sha256,"
            + " catalog_sha256, params, postings, duplicates) values (?, ?, 'fixture-runner', ?, ?, 'local', ?, ?,"
            + " 'min_pay_n=10;top_cooccurring=5;pay=annual_midpoint', ?, 1)",
        id, Timestamp.from(at), period, area, "a".repeat(64), "b".repeat(64), postings);
  }

  private static void signal(JdbcTemplate jdbc, String run, String code, String soc, String area, String period,
      int postings, int occupation, int required, int preferred, int alternative, int later, int mentioned,
      int negated, int employers, String with, int withN, String without, int withoutN, String premium,
      String cooccurring) {
    jdbc.update("insert into credential_signal (run_id, credential_code, soc_code, area, period, postings,"
            + " occupation_postings, required_postings, preferred_postings, alternative_postings,"
            + " required_later_postings, mentioned_postings, negated_postings, employers, median_pay_with, pay_with_n,"
            + " median_pay_without, pay_without_n, pay_premium, cooccurring)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        run, code, soc, area, period, postings, occupation, required, preferred, alternative, later, mentioned, negated,
        employers, money(with), withN, money(without), withoutN, money(premium), cooccurring);
  }

  private static java.math.BigDecimal money(String s) {
    return s == null ? null : new java.math.BigDecimal(s);
  }

  private static void posting(JdbcTemplate jdbc, String id, String employer, String title, String state,
      String postedOn, String soc, String duplicateOf) {
    jdbc.update("insert into posting (source, source_id, employer, title, state, posted_on, pay_annual_min,"
            + " pay_annual_max, soc_code, soc_method, duplicate_of, content_sha256, catalog_sha256, load_id)"
            + " values (?, ?, ?, ?, ?, ?, 50000, 60000, ?, ?,"
            + " (select id from posting where source = ? and source_id = ?), ?, ?, ?)",
        SOURCE, id, employer, title, state, postedOn == null ? null : java.sql.Date.valueOf(postedOn), soc,
        soc == null ? "unknown" : "source", SOURCE, duplicateOf, "c".repeat(64), "d".repeat(64), LOAD);
  }

  private static void section(JdbcTemplate jdbc, String posting, int seq, String field, String body) {
    jdbc.update("insert into posting_section (posting_id, seq, field, body)"
        + " values ((select id from posting where source = ? and source_id = ?), ?, ?, ?)", SOURCE, posting, seq, field, body);
  }

  /** A mention of {@code matched} at its first place in {@code text}, the offsets computed from the text. */
  private static void mention(JdbcTemplate jdbc, String posting, int seq, String code, String level, String field,
      String text, String matched, String cue) {
    int start = text.indexOf(matched);
    jdbc.update("insert into posting_mention (posting_id, seq, credential_code, requirement, field, start_offset,"
            + " end_offset, matched_text, cue) values ((select id from posting where source = ? and source_id = ?),"
            + " ?, ?, ?, ?, ?, ?, ?, ?)",
        SOURCE, posting, seq, code, level, field, start, start + matched.length(), matched, cue);
  }

  /**
   * A stored scoring run of {@link #HAULING} with one criterion read from a signal run (its source
   * as scoring writes it, e.g. {@code credval signals run 1a2b3c4d, NY, 2025}) and one that was not.
   */
  static void scoringRun(JdbcTemplate jdbc, String runId, String signalSource) {
    removeScoringRun(jdbc, runId);
    Timestamp now = Timestamp.from(Instant.now());
    String digest = "e".repeat(64);
    jdbc.update("insert into scoring_rubric (digest, rubric_key, rubric_version, title, preset, rubric_text,"
        + " derived_from, created_at, created_by) values (?, 'test-demand', '1', 'Fixture rubric', null, 'rules: []',"
        + " null, ?, 'fixture-runner')", digest, now);
    jdbc.update("insert into scoring_run (run_id, state, period, rubric_digest, rubric_key, rubric_version, outcome,"
        + " method_version, input_digest, run_digest, output_digest, living_wage, data_sets, credentials, listed,"
        + " output_csv, output_json, created_at, created_by) values (?, 'NY', '2025', ?, 'test-demand', '1', 'ok', '1',"
        + " ?, ?, ?, 40000, 'postings', 1, 1, '', '[]', ?, 'fixture-runner')",
        runId, digest, digest, digest, digest, now);
    jdbc.update("insert into scoring_result (run_id, credential_code, credential_name, status, placement, total)"
        + " values (?, ?, ?, 'listed', 'Tier 1', 3)", runId, HAULING, HAULING_NAME);
    jdbc.update("insert into scoring_criterion (run_id, credential_code, rule_id, seq, criterion, status,"
        + " observed_value, threshold, points, max_points, gate, explanation, source)"
        + " values (?, ?, 'demand', 1, 'postings_demand', 'met', 6, '≥ 5', 1, 1, false, '6 postings name it', ?),"
        + " (?, ?, 'wage', 2, 'median_wage', 'met', 52000, '≥ 40000', 1, 1, false, 'median wage', 'BLS OEWS 2024')",
        runId, HAULING, signalSource, runId, HAULING);
  }

  static void removeScoringRun(JdbcTemplate jdbc, String runId) {
    jdbc.update("delete from scoring_criterion where run_id = ?", runId);
    jdbc.update("delete from scoring_result where run_id = ?", runId);
    jdbc.update("delete from scoring_run where run_id = ?", runId);
    jdbc.update("delete from scoring_rubric where rubric_key = 'test-demand'");
  }

  static void remove(JdbcTemplate jdbc) {
    String postings = "(select id from posting where source = '" + SOURCE + "')";
    jdbc.execute("delete from posting_mention where posting_id in " + postings);
    jdbc.execute("delete from posting_section where posting_id in " + postings);
    jdbc.execute("delete from posting where source = '" + SOURCE + "' and duplicate_of is not null");
    jdbc.execute("delete from posting where source = '" + SOURCE + "'");
    jdbc.execute("delete from credential_signal where run_id like 'test-demand-%'");
    jdbc.execute("delete from signal_run where run_id like 'test-demand-%'");
    jdbc.execute("delete from credential_change where code like 'TESTD%'");
    jdbc.execute("delete from credential where code like 'TESTD%'");
    jdbc.execute("delete from soc_occupation where load_id = '" + LOAD + "'");
  }
}
