package org.credval.app.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credval.app.signals.SignalService;
import org.credval.core.signals.CredentialSignal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the signal run ({@code credval signals}, or a Spark run stored by {@code credval signals
 * import}) a state and period are scored with: the latest run of the state for the period, failing
 * that for all dates. Its rows are read by the signals feature as credval-core's
 * {@link CredentialSignal}.
 */
@Repository
class EmployerSignals {

  private final JdbcClient jdbc;
  private final SignalService signals;

  EmployerSignals(JdbcClient jdbc, SignalService signals) {
    this.jdbc = jdbc;
    this.signals = signals;
  }

  /** One stored signal run and its rows by credential code. */
  record Run(String runId, String area, String period, String engine, Map<String, List<CredentialSignal>> rows) {

    List<CredentialSignal> of(String code) {
      return rows.getOrDefault(code, List.of());
    }

    String label() {
      return "credval signals run " + runId.substring(0, 8) + (engine.equals("plain") ? "" : " (" + engine + ")") + ", "
          + area + ", " + period;
    }
  }

  Optional<Run> latest(String area, int year) {
    return jdbc.sql("""
            select run_id, area, period, engine from signal_run where area = ? and (period = ? or period = 'all')
            order by case when period = 'all' then 1 else 0 end, created_at desc, run_id""")
        .param(area).param(String.valueOf(year))
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list()
        .stream().findFirst().map(r -> new Run(r[0], r[1], r[2], r[3], rows(r[0])));
  }

  private Map<String, List<CredentialSignal>> rows(String runId) {
    Map<String, List<CredentialSignal>> out = new HashMap<>();
    signals.stored(runId).orElseThrow().rows()
        .forEach(r -> out.computeIfAbsent(r.credentialCode().value(), k -> new java.util.ArrayList<>()).add(r));
    return out;
  }
}
