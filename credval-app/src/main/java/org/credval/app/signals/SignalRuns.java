package org.credval.app.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.extract.Requirement;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.SignalAggregator;
import org.credval.core.signals.SignalMention;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalPosting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Repository;

/**
 * Reads the stored postings and mentions a run covers, and stores and reads runs and their rows.
 * A posting's key in a run is {@code source:source_id}, so the input digest does not depend on the
 * database's row ids.
 */
@Repository
public class SignalRuns {

  private static final String POSTING_KEY = "p.source || ':' || p.source_id";

  private final JdbcTemplate jdbc;

  SignalRuns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The postings dated in the run's period and located in its area (duplicates included). */
  List<SignalPosting> postings(SignalParams params) {
    Scope s = scope(params);
    return jdbc.query("select " + POSTING_KEY + " as pkey, p.employer, p.state, p.posted_on, p.soc_code,"
        + " p.pay_annual_min, p.pay_annual_max, d.source || ':' || d.source_id as dkey"
        + " from posting p left join posting d on d.id = p.duplicate_of where 1 = 1" + s.where,
        (rs, i) -> posting(rs), s.args.toArray());
  }

  /** The mentions of those postings. */
  List<SignalMention> mentions(SignalParams params) {
    Scope s = scope(params);
    return jdbc.query("select " + POSTING_KEY + " as pkey, m.credential_code, m.requirement"
        + " from posting_mention m join posting p on p.id = m.posting_id where 1 = 1" + s.where,
        (rs, i) -> {
          String key = rs.getString("pkey");
          String level = rs.getString("requirement");
          Requirement r = Requirement.fromKey(level).orElseThrow(() -> new IllegalStateException(
              "posting " + key + " has a mention with an unknown requirement level '" + level + "'"));
          return new SignalMention(key, CredentialCode.parse(rs.getString("credential_code")), r);
        }, s.args.toArray());
  }

  /** The distinct catalog digests the covered postings were extracted with, sorted. */
  List<String> catalogDigests(SignalParams params) {
    Scope s = scope(params);
    return jdbc.queryForList("select distinct p.catalog_sha256 from posting p where 1 = 1" + s.where
        + " order by p.catalog_sha256", String.class, s.args.toArray());
  }

  private static SignalPosting posting(ResultSet rs) throws SQLException {
    String soc = rs.getString("soc_code");
    java.sql.Date posted = rs.getDate("posted_on");
    return new SignalPosting(rs.getString("pkey"), rs.getString("employer"), rs.getString("state"),
        posted == null ? null : posted.toLocalDate(), soc != null && SocCode.isValid(soc) ? SocCode.parse(soc) : null,
        SignalPosting.annualPay(rs.getBigDecimal("pay_annual_min"), rs.getBigDecimal("pay_annual_max")),
        rs.getString("dkey"));
  }

  private record Scope(String where, List<Object> args) {}

  private static Scope scope(SignalParams params) {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (params.period().start() != null) {
      where.append(" and p.posted_on >= ? and p.posted_on < ?");
      args.add(java.sql.Date.valueOf(params.period().start()));
      args.add(java.sql.Date.valueOf(params.period().endExclusive()));
    }
    if (!params.area().key().equals("US")) {
      where.append(" and p.state = ?");
      args.add(params.area().key());
    }
    return new Scope(where.toString(), args);
  }

  /** An earlier run of the same input, catalog, scope and thresholds, if any (the oldest). */
  Optional<SignalRun> same(String inputSha256, String catalogSha256, SignalParams params) {
    return same(inputSha256, catalogSha256, params.period().key(), params.area().key(), params.describe());
  }

  /** The same for a run whose scope and thresholds are known as stored text (an imported run). */
  Optional<SignalRun> same(String inputSha256, String catalogSha256, String period, String area, String params) {
    return jdbc.query("select * from signal_run where input_sha256 = ? and catalog_sha256 = ? and period = ?"
        + " and area = ? and params = ? order by created_at, run_id", (rs, i) -> run(rs), inputSha256, catalogSha256,
        period, area, params).stream().findFirst();
  }

  Optional<SignalRun> run(String runId) {
    return jdbc.query("select * from signal_run where run_id = ?", (rs, i) -> run(rs), runId).stream().findFirst();
  }

  void save(SignalRun run, List<CredentialSignal> rows) {
    jdbc.update("insert into signal_run (run_id, created_at, created_by, period, area, engine, input_sha256,"
        + " catalog_sha256, params, postings, duplicates) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        run.runId(), run.createdAt(), run.createdBy(), run.period(), run.area(), run.engine(), run.inputSha256(),
        run.catalogSha256(), run.params(), run.postings(), run.duplicates());
    List<Object[]> batch = new ArrayList<>(rows.size());
    for (CredentialSignal r : rows) {
      batch.add(new Object[] {run.runId(), r.credentialCode().value(), r.socCode(), r.area(), r.period(), r.postings(),
          r.occupationPostings(), r.requiredPostings(), r.preferredPostings(), r.alternativePostings(),
          r.requiredLaterPostings(), r.mentionedPostings(), r.negatedPostings(), r.employers(),
          money(r.medianPayWith()), r.payWithN(), money(r.medianPayWithout()), r.payWithoutN(), money(r.payPremium()),
          new SqlParameterValue(Types.VARCHAR, r.cooccurring().isEmpty() ? null : r.cooccurring())});
    }
    jdbc.batchUpdate("insert into credential_signal (run_id, credential_code, soc_code, area, period, postings,"
        + " occupation_postings, required_postings, preferred_postings, alternative_postings, required_later_postings,"
        + " mentioned_postings, negated_postings, employers, median_pay_with, pay_with_n, median_pay_without,"
        + " pay_without_n, pay_premium, cooccurring) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch);
  }

  /** The rows of a run, in {@link SignalAggregator#ORDER}. */
  List<CredentialSignal> rows(String runId) {
    List<CredentialSignal> rows = new ArrayList<>(jdbc.query("select * from credential_signal where run_id = ?",
        (rs, i) -> new CredentialSignal(new CredentialCode(rs.getString("credential_code")), rs.getString("soc_code"),
            rs.getString("area"), rs.getString("period"), rs.getInt("postings"), rs.getInt("occupation_postings"),
            rs.getInt("required_postings"), rs.getInt("preferred_postings"), rs.getInt("alternative_postings"),
            rs.getInt("required_later_postings"), rs.getInt("mentioned_postings"), rs.getInt("negated_postings"),
            rs.getInt("employers"), rs.getBigDecimal("median_pay_with"), rs.getInt("pay_with_n"),
            rs.getBigDecimal("median_pay_without"), rs.getInt("pay_without_n"), rs.getBigDecimal("pay_premium"),
            rs.getString("cooccurring")), runId));
    rows.sort(SignalAggregator.ORDER);
    return rows;
  }

  /** Every stored run, newest first (for readers such as the Demand view). */
  public List<SignalRun> all() {
    return jdbc.query("select * from signal_run order by created_at desc, run_id desc", (rs, i) -> run(rs));
  }

  private static SqlParameterValue money(java.math.BigDecimal v) {
    return new SqlParameterValue(Types.NUMERIC, v);
  }

  private static SignalRun run(ResultSet rs) throws SQLException {
    return new SignalRun(rs.getString("run_id"), rs.getObject("created_at", OffsetDateTime.class),
        rs.getString("created_by"), rs.getString("period"), rs.getString("area"), rs.getString("engine"),
        rs.getString("input_sha256"), rs.getString("catalog_sha256"), rs.getString("params"), rs.getInt("postings"),
        rs.getInt("duplicates"));
  }
}
