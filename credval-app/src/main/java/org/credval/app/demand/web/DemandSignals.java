package org.credval.app.demand.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credval.app.signals.CredentialNames;
import org.credval.app.signals.SignalRun;
import org.credval.app.signals.SignalRuns;
import org.credval.core.signals.SignalAggregator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-side queries behind the Demand pages over the stored signal runs ({@code signal_run},
 * {@code credential_signal}). The tables are written by {@code credval signals}; runs are looked up
 * through {@link SignalRuns} and credentials named through {@link CredentialNames}, as the command
 * names them. Nothing here writes. Portable SQL for H2 and PostgreSQL.
 */
@Repository
class DemandSignals {

  private final JdbcClient jdbc;
  private final SignalRuns runs;
  private final CredentialNames names;

  DemandSignals(JdbcClient jdbc, SignalRuns runs, CredentialNames names) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.names = names;
  }

  /** Every run, newest first. */
  List<SignalRun> runs() {
    return runs.all();
  }

  Optional<SignalRun> run(String runId) {
    return runs.all().stream().filter(r -> r.runId().equals(runId)).findFirst();
  }

  /**
   * The run to show: the one named, else the newest for the period and area asked (either may be
   * null for "any"), else none.
   */
  Optional<SignalRun> choose(String runId, String period, String area) {
    if (runId != null && !runId.isBlank()) {
      return run(runId.strip());
    }
    return runs().stream()
        .filter(r -> period == null || r.period().equalsIgnoreCase(period))
        .filter(r -> area == null || r.area().equalsIgnoreCase(area))
        .findFirst();
  }

  /** The major groups (and {@code unknown}) the run has rows for, with their SOC titles where loaded. */
  List<OccupationGroup> groups(String runId) {
    return jdbc.sql("""
            select distinct s.soc_code, o.title from credential_signal s
            left join soc_occupation o on o.soc_code = s.soc_code
            where s.run_id = ? and (s.soc_code like '__-0000' or s.soc_code = 'unknown')
            order by s.soc_code""").param(runId)
        .query((rs, i) -> new OccupationGroup(rs.getString(1), rs.getString(2))).list();
  }

  /**
   * The first {@code limit} credentials of one cell of a run in the order asked. The cell's rows
   * are read whole (one per credential named in it) and sorted here, so every order ranks the
   * whole cell before the list is cut.
   */
  List<CredentialDemand> ranking(SignalRun run, String socCode, DemandSort sort, int limit) {
    Map<String, String> known = names.byCode();
    List<CredentialDemand> rows = new ArrayList<>(jdbc.sql(SELECT + " where s.run_id = ? and s.soc_code = ? and s.postings > 0")
        .param(run.runId()).param(socCode)
        .query((rs, i) -> demand(rs, run.minPayN(), known)).list());
    rows.sort(sort.order());
    return rows.subList(0, Math.min(limit, rows.size()));
  }

  /** States that stored postings are located in, sorted; an area a run could be computed for. */
  List<String> postingStates() {
    return jdbc.sql("select distinct state from posting where state is not null order by state").query(String.class).list();
  }

  /** Postings counted in one cell of a run (with or without any credential), or 0 when it has no rows. */
  int cellPostings(String runId, String socCode) {
    return jdbc.sql("select coalesce(max(occupation_postings), 0) from credential_signal where run_id = ? and soc_code = ?")
        .param(runId).param(socCode).query(Integer.class).optional().orElse(0);
  }

  /** One credential's row in one cell of a run, with its co-occurring credentials named. */
  Optional<CredentialDemand> row(SignalRun run, String code, String socCode) {
    Map<String, String> known = names.byCode();
    return jdbc.sql(SELECT + " where s.run_id = ? and s.credential_code = ? and s.soc_code = ?")
        .param(run.runId()).param(code).param(socCode)
        .query((rs, i) -> demand(rs, run.minPayN(), known)).optional();
  }

  /** One credential's rows in a run by occupation: major groups and detailed codes, most postings first. */
  List<CredentialDemand> byOccupation(SignalRun run, String code, String group) {
    // Within a major group: the group's own row and its detailed occupations (same first two digits).
    String prefix = DemandScope.ALL.equals(group) ? "%" : group.endsWith("-0000") ? group.substring(0, 3) + "%" : group;
    Map<String, String> known = names.byCode();
    return jdbc.sql(SELECT + " where s.run_id = ? and s.credential_code = ? and s.soc_code <> 'all' and s.soc_code like ?"
            + " order by s.postings desc, s.soc_code")
        .param(run.runId()).param(code).param(prefix)
        .query((rs, i) -> demand(rs, run.minPayN(), known)).list();
  }

  /**
   * One credential in one cell across areas: for each area, the newest run of the same period.
   * Each entry is the run and its row.
   */
  List<AreaDemand> byArea(String period, String code, String socCode) {
    List<AreaDemand> out = new ArrayList<>();
    Map<String, SignalRun> newest = new LinkedHashMap<>();
    runs().stream().filter(r -> r.period().equalsIgnoreCase(period)).forEach(r -> newest.putIfAbsent(r.area(), r));
    for (SignalRun r : newest.values()) {
      row(r, code, socCode).ifPresent(d -> out.add(new AreaDemand(r, d)));
    }
    out.sort((a, b) -> a.run().area().equals("US") ? -1 : b.run().area().equals("US") ? 1
        : Integer.compare(b.demand().postings(), a.demand().postings()));
    return out;
  }

  /** Catalog name of a credential, or empty when it is not in the catalog. */
  Optional<String> credentialName(String code) {
    return jdbc.sql("select name from credential where code = ?").param(code).query(String.class).optional();
  }

  /** The credential's name: from the stored catalog, else from the starter catalog, else its code. */
  String displayName(String code) {
    return names.of(code);
  }

  private static final String SELECT = """
      select s.*, c.name as credential_name, o.title as occupation_title from credential_signal s
      left join credential c on c.code = s.credential_code
      left join soc_occupation o on o.soc_code = s.soc_code
      """;

  private static CredentialDemand demand(ResultSet rs, int minPayN, Map<String, String> names) throws SQLException {
    String code = rs.getString("credential_code");
    String soc = rs.getString("soc_code");
    PayComparison pay = new PayComparison(rs.getBigDecimal("median_pay_with"), rs.getInt("pay_with_n"),
        rs.getBigDecimal("median_pay_without"), rs.getInt("pay_without_n"), rs.getBigDecimal("pay_premium"), minPayN,
        SignalAggregator.isOccupation(soc));
    return new CredentialDemand(code,
        Optional.ofNullable(rs.getString("credential_name")).orElse(names.getOrDefault(code, code)),
        soc, rs.getString("occupation_title"), rs.getInt("postings"),
        rs.getInt("occupation_postings"), rs.getInt("required_postings"), rs.getInt("preferred_postings"),
        rs.getInt("alternative_postings"), rs.getInt("required_later_postings"), rs.getInt("mentioned_postings"),
        rs.getInt("negated_postings"), rs.getInt("employers"), pay, cooccurring(rs.getString("cooccurring"), names));
  }

  /** {@code CODE:count;CODE:count}, as {@code credval signals} stores it; anything else is skipped. */
  static List<CredentialDemand.Cooccurring> cooccurring(String stored, Map<String, String> names) {
    List<CredentialDemand.Cooccurring> out = new ArrayList<>();
    if (stored == null || stored.isBlank()) {
      return out;
    }
    for (String item : stored.split(";")) {
      String[] kv = item.strip().split(":");
      if (kv.length == 2 && kv[1].strip().matches("\\d+")) {
        String code = kv[0].strip();
        out.add(new CredentialDemand.Cooccurring(code, names.getOrDefault(code, code), Integer.parseInt(kv[1].strip())));
      }
    }
    return out;
  }
}
