package org.credval.app.catalog.credit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credval.app.catalog.CatalogRow;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.ApprenticeshipCreditCsv;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.ArticulationCsv;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code credit_change}: every change to an agreement, with the entry before and after as a CSV line
 * of its import format followed by its status, so the history reads like the file an analyst loads.
 */
@Repository
public class CreditHistory {

  static final String ARTICULATION = "articulation";
  static final String APPRENTICESHIP = "apprenticeship";

  private final JdbcClient jdbc;

  CreditHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String state(Articulation a, String status) {
    return a == null ? null : ArticulationCsv.line(a) + "," + status;
  }

  static String state(ApprenticeshipCredit c, String status) {
    return c == null ? null : ApprenticeshipCreditCsv.line(c) + "," + status;
  }

  void record(String entryType, long id, CredentialCode code, String changeType, OffsetDateTime at, String user,
      String reason, String before, String after) {
    jdbc.sql("""
        insert into credit_change (entry_type, entry_id, credential_code, change_type, changed_at, changed_by, reason,
          before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(entryType, id, code.value(), changeType, at, user, reason, before, after).update();
  }

  /** The changes of one entry, newest first. */
  public List<CreditChange> of(String entryType, long id) {
    List<String> columns = new ArrayList<>(ARTICULATION.equals(entryType) ? ArticulationCsv.COLUMNS : ApprenticeshipCreditCsv.COLUMNS);
    columns.add("status");
    return jdbc.sql("select * from credit_change where entry_type = ? and entry_id = ? order by changed_at desc, id desc")
        .params(entryType, id)
        .query((rs, i) -> new CreditChange(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
            rs.getString("changed_by"), rs.getString("change_type"), rs.getString("reason"),
            changes(columns, rs.getString("before_state"), rs.getString("after_state"))))
        .list();
  }

  private static List<CatalogRow.FieldChange> changes(List<String> columns, String before, String after) {
    List<String> b = before == null ? null : ArticulationCsv.cells(before);
    List<String> a = ArticulationCsv.cells(after);
    List<CatalogRow.FieldChange> out = new ArrayList<>();
    for (int i = 0; i < columns.size() && i < a.size(); i++) {
      String was = b == null || i >= b.size() ? "" : b.get(i);
      if (b == null ? !a.get(i).isEmpty() && !columns.get(i).equals("credential_code") : !was.equals(a.get(i))) {
        out.add(new CatalogRow.FieldChange(columns.get(i), was, a.get(i)));
      }
    }
    return out;
  }
}
