package org.credval.app.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.scoring.CredentialScore;
import org.credval.core.scoring.CriterionResult;
import org.credval.core.scoring.Rubric;
import org.credval.core.scoring.ScoringRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored rubrics and runs ({@code scoring_rubric}, {@code scoring_run}, {@code scoring_result},
 * {@code scoring_criterion}). A run is written in one transaction; rubrics are kept by digest and
 * never changed, a change being a new version.
 */
@Repository
public class ScoringRuns {

  private final JdbcClient jdbc;

  ScoringRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored rubric. */
  public record StoredRubric(String digest, String key, String version, String title, String preset, String text,
      String derivedFrom, OffsetDateTime createdAt, String createdBy) {}

  /** A stored run's header. */
  public record RunInfo(String runId, String state, String period, String rubricDigest, String rubricKey,
      String rubricVersion, String outcome, String inputDigest, String runDigest, String outputDigest,
      BigDecimal livingWage, String dataSets, String allowedMissing, String notes, int credentials, int listed, OffsetDateTime createdAt,
      String createdBy) {

    /** The data sets the run was allowed to score without. */
    public java.util.Set<org.credval.core.scoring.DataSet> allowedMissingSet() {
      java.util.Set<org.credval.core.scoring.DataSet> out = java.util.EnumSet.noneOf(org.credval.core.scoring.DataSet.class);
      split(allowedMissing).forEach(k -> org.credval.core.scoring.DataSet.fromKey(k).ifPresent(out::add));
      return out;
    }

    public List<String> noteList() {
      return notes == null || notes.isEmpty() ? List.of() : List.of(notes.split("\n"));
    }
  }

  /** One criterion row of a stored run. */
  public record StoredCriterion(String ruleId, String criterion, String status, BigDecimal value, Boolean flag,
      String threshold, BigDecimal points, BigDecimal maxPoints, boolean gate, String explanation, String evidenceNote,
      String source) {}

  /**
   * Stores the rubric under its digest. Refuses a different text under a key and version already stored.
   *
   * @return the digest
   */
  @Transactional
  public String saveRubric(RubricSource source, String derivedFrom, String user) {
    Rubric r = source.rubric();
    String digest = r.digest();
    Optional<String> clash = jdbc.sql("select digest from scoring_rubric where rubric_key = ? and rubric_version = ?")
        .param(r.id()).param(r.version()).query(String.class).optional();
    if (clash.isPresent() && !clash.get().equals(digest)) {
      throw new IllegalArgumentException("rubric \"" + r.id() + "\" version \"" + r.version()
          + "\" is already stored with other content (digest " + clash.get().substring(0, 12)
          + "); give the changed rubric a new \"version\"");
    }
    boolean exists = jdbc.sql("select count(*) from scoring_rubric where digest = ?").param(digest)
        .query(Integer.class).single() > 0;
    if (!exists) {
      jdbc.sql("""
          insert into scoring_rubric (digest, rubric_key, rubric_version, title, preset, rubric_text, derived_from,
            created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(digest, r.id(), r.version(), r.title(), source.preset(), source.text(), derivedFrom, now(), user)
          .update();
    }
    return digest;
  }

  @Transactional
  public String save(ScoringService.Scored scored, String derivedFrom, String user) {
    String rubricDigest = saveRubric(scored.rubric(), derivedFrom, user);
    ScoringRun run = scored.run();
    String runId = UUID.randomUUID().toString();
    String csv = run.toCsv();
    StateEvidence evidence = scored.evidence();
    int listed = (int) run.scores().stream().filter(CredentialScore::listed).count();
    jdbc.sql("""
        insert into scoring_run (run_id, state, period, rubric_digest, rubric_key, rubric_version, outcome, method_version,
          input_digest, run_digest, output_digest, living_wage, data_sets, allowed_missing, notes, credentials, listed,
          output_csv, output_json, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(runId, run.state(), run.period(), rubricDigest, run.rubricId(), run.rubricVersion(),
            run.outcome().name().toLowerCase(Locale.ROOT), run.methodVersion(), run.inputDigest(), run.runDigest(),
            StateEvidence.sha256(csv), evidence.livingWage().annual(),
            String.join(",", evidence.dataSets().stream().sorted().toList()),
            scored.allowMissing().isEmpty() ? null : String.join(",", scored.allowMissing().stream().map(d -> d.key()).sorted().toList()),
            String.join("\n", evidence.notes()),
            run.scores().size(), listed, csv, run.toJson(), now(), user)
        .update();
    for (CredentialScore s : run.scores()) {
      jdbc.sql("""
          insert into scoring_result (run_id, credential_code, credential_name, status, placement, tier, tier_value, points,
            total, next_step, nearest_miss_rule, nearest_miss, competes_with, shared_occupations, reasons)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(runId, s.code().value(), s.name(), s.status().name().toLowerCase(Locale.ROOT), s.placement(), s.tier(),
              s.tierValue(), s.points(), s.total(), s.nextStep(), s.nearestMiss() == null ? null : s.nearestMiss().ruleId(),
              s.nearestMiss() == null ? null : s.nearestMiss().text(), join(s.competesWith().stream().map(CredentialCode::value).toList()),
              join(s.sharedOccupations().stream().map(SocCode::value).toList()), s.reasons().isEmpty() ? null : String.join("\n", s.reasons()))
          .update();
      Optional<CredentialFacts> ev = evidence.credential(s.code().value());
      int seq = 0;
      for (CriterionResult c : s.criteria()) {
        Fact fact = ev.map(e -> e.fact(c.criterion().key())).orElse(null);
        String note = c.status() == CriterionResult.Status.NO_EVIDENCE && fact != null && !fact.present()
            ? fact.explanation() : null;
        jdbc.sql("""
            insert into scoring_criterion (run_id, credential_code, rule_id, seq, criterion, status, observed_value,
              observed_flag, threshold, points, max_points, gate, explanation, evidence_note, source)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(runId, s.code().value(), c.ruleId(), ++seq, c.criterion().key(), c.status().name().toLowerCase(Locale.ROOT),
                c.value(), c.flag(), threshold(scored.rubric().rubric(), c.ruleId()), c.points(), c.maxPoints(), c.gate(),
                c.explanation(), note, c.source())
            .update();
      }
    }
    return runId;
  }

  /** The rule's threshold as written: {@code ≥ 45000}, {@code = yes}, or {@code bands}. */
  static String threshold(Rubric rubric, String ruleId) {
    return rubric.rule(ruleId).map(r -> {
      if (r.banded()) {
        return "bands";
      }
      if (r.expect() != null) {
        return "= " + (r.expect() ? "yes" : "no");
      }
      List<String> parts = new ArrayList<>();
      if (r.min() != null) {
        parts.add("≥ " + r.min().toPlainString());
      }
      if (r.max() != null) {
        parts.add("≤ " + r.max().toPlainString());
      }
      return String.join(" and ", parts);
    }).orElse(null);
  }

  public List<StoredRubric> rubrics() {
    return jdbc.sql("select * from scoring_rubric order by rubric_key, created_at, rubric_version")
        .query((rs, i) -> new StoredRubric(rs.getString("digest"), rs.getString("rubric_key"), rs.getString("rubric_version"),
            rs.getString("title"), rs.getString("preset"), rs.getString("rubric_text"), rs.getString("derived_from"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")))
        .list();
  }

  public Optional<StoredRubric> rubric(String digest) {
    return rubrics().stream().filter(r -> r.digest().equals(digest) || r.digest().startsWith(digest)).findFirst();
  }

  public List<RunInfo> runs() {
    return jdbc.sql("select * from scoring_run order by created_at desc, run_id").query((rs, i) -> info(rs)).list();
  }

  /** The run with this id, or whose id starts with it (at least 8 characters). */
  public Optional<RunInfo> run(String id) {
    if (id == null || id.length() < 8) {
      return Optional.empty();
    }
    List<RunInfo> found = jdbc.sql("select * from scoring_run where run_id like ?").param(id.toLowerCase(Locale.ROOT) + "%")
        .query((rs, i) -> info(rs)).list();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  public String output(String runId, boolean json) {
    return jdbc.sql("select " + (json ? "output_json" : "output_csv") + " from scoring_run where run_id = ?").param(runId)
        .query(String.class).single();
  }

  /** The stored run as the engine's run (without per-criterion results), enough to compare two runs. */
  public ScoringRun scoringRun(RunInfo info) {
    List<CredentialScore> scores = jdbc.sql("select * from scoring_result where run_id = ? order by credential_code")
        .param(info.runId())
        .query((rs, i) -> new CredentialScore(new CredentialCode(rs.getString("credential_code")), rs.getString("credential_name"),
            CredentialScore.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            rs.getBigDecimal("total").setScale(2, java.math.RoundingMode.HALF_UP), rs.getString("tier"),
            rs.getBigDecimal("tier_value"), (Integer) rs.getObject("points", Integer.class), List.of(), rs.getString("next_step"),
            null, split(rs.getString("competes_with")).stream().map(CredentialCode::new).toList(),
            split(rs.getString("shared_occupations")).stream().map(SocCode::new).toList(), lines(rs.getString("reasons"))))
        .list();
    return new ScoringRun(info.rubricKey(), info.rubricVersion(), Rubric.Outcome.valueOf(info.outcome().toUpperCase(Locale.ROOT)),
        info.state(), info.period(), "stored", info.rubricDigest(), info.inputDigest(), info.runDigest(), scores);
  }

  /** A stored result row. */
  public record StoredResult(String code, String name, String status, String placement, String tier, BigDecimal total,
      Integer points, String nextStep, String nearestMissRule, String nearestMiss, List<String> competesWith,
      List<String> sharedOccupations, List<String> reasons) {}

  public List<StoredResult> results(String runId) {
    return jdbc.sql("select * from scoring_result where run_id = ? order by credential_code").param(runId)
        .query((rs, i) -> new StoredResult(rs.getString("credential_code"), rs.getString("credential_name"),
            rs.getString("status"), rs.getString("placement"), rs.getString("tier"), rs.getBigDecimal("total"),
            (Integer) rs.getObject("points", Integer.class), rs.getString("next_step"), rs.getString("nearest_miss_rule"),
            rs.getString("nearest_miss"), split(rs.getString("competes_with")), split(rs.getString("shared_occupations")),
            lines(rs.getString("reasons"))))
        .list();
  }

  public List<StoredCriterion> criteria(String runId, String code) {
    return jdbc.sql("select * from scoring_criterion where run_id = ? and credential_code = ? order by seq")
        .param(runId).param(code)
        .query((rs, i) -> new StoredCriterion(rs.getString("rule_id"), rs.getString("criterion"), rs.getString("status"),
            rs.getBigDecimal("observed_value"), (Boolean) rs.getObject("observed_flag", Boolean.class),
            rs.getString("threshold"), rs.getBigDecimal("points"), rs.getBigDecimal("max_points"), rs.getBoolean("gate"),
            rs.getString("explanation"), rs.getString("evidence_note"), rs.getString("source")))
        .list();
  }

  private static RunInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new RunInfo(rs.getString("run_id"), rs.getString("state"), rs.getString("period"), rs.getString("rubric_digest"),
        rs.getString("rubric_key"), rs.getString("rubric_version"), rs.getString("outcome"), rs.getString("input_digest"),
        rs.getString("run_digest"), rs.getString("output_digest"), rs.getBigDecimal("living_wage"), rs.getString("data_sets"),
        rs.getString("allowed_missing"), rs.getString("notes"), rs.getInt("credentials"), rs.getInt("listed"), rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("created_by"));
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
