package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads employer signals ({@code credential_signal}, written by {@code credval signals}) for a
 * state and period: the latest signal run of the state for the period (or, failing that, for all
 * dates), and the nation's for the ratios that carry over from one area to another.
 */
@Repository
class EmployerSignals {

  private final JdbcClient jdbc;

  EmployerSignals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One stored signal run and its rows by credential code. */
  record Run(String runId, String area, String period, Map<String, List<Row>> rows) {

    List<Row> of(String code) {
      return rows.getOrDefault(code, List.of());
    }

    String label() {
      return "credval signals run " + runId.substring(0, 8) + ", " + area + ", " + period;
    }
  }

  /** One {@code credential_signal} row. */
  record Row(String soc, int postings, int occupationPostings, int required, int employers,
      BigDecimal medianPayWith, int payWithN, BigDecimal medianPayWithout, int payWithoutN, BigDecimal payPremium) {}

  Optional<Run> latest(String area, int year) {
    return jdbc.sql("""
            select run_id, area, period from signal_run where area = ? and (period = ? or period = 'all')
            order by case when period = 'all' then 1 else 0 end, created_at desc, run_id""")
        .param(area).param(String.valueOf(year))
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list().stream()
        .findFirst().map(r -> new Run(r[0], r[1], r[2], rows(r[0])));
  }

  private Map<String, List<Row>> rows(String runId) {
    Map<String, List<Row>> out = new HashMap<>();
    jdbc.sql("""
        select credential_code, soc_code, postings, occupation_postings, required_postings, employers,
          median_pay_with, pay_with_n, median_pay_without, pay_without_n, pay_premium
        from credential_signal where run_id = ? order by credential_code, soc_code""").param(runId)
        .query((rs, i) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Row(rs.getString(2),
            rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7), rs.getInt(8),
            rs.getBigDecimal(9), rs.getInt(10), rs.getBigDecimal(11))))
        .list();
    return out;
  }
}
