package org.credval.app.catalog.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code apprenticeship_credit} table. Rows are retired, never deleted. */
@Repository
public class ApprenticeshipCredits extends CreditTable<ApprenticeshipCredit> {

  ApprenticeshipCredits(JdbcClient jdbc) {
    super(jdbc, "apprenticeship_credit", "credit_key", "occupation");
  }

  @Override
  long insert(ApprenticeshipCredit c, OffsetDateTime now, String user, String loadId) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into apprenticeship_credit (credit_key, credential_code, occupation, rapids_code, hours, effective_from,
          effective_to, source, notes, status, version, updated_at, updated_by, load_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, ?, ?, ?)""")
        .params(c.key(), c.credential().value(), c.occupation(), c.rapidsCode(), c.hours(), c.effectiveFrom(),
            c.effectiveTo(), c.source(), c.notes(), now, user, loadId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  @Override
  boolean update(long id, int version, ApprenticeshipCredit c, OffsetDateTime now, String user, String loadId) {
    return jdbc.sql("""
        update apprenticeship_credit set credit_key = ?, occupation = ?, rapids_code = ?, hours = ?, effective_from = ?,
          effective_to = ?, source = ?, notes = ?, version = version + 1, updated_at = ?, updated_by = ?,
          load_id = coalesce(?, load_id)
        where id = ? and version = ?""")
        .params(c.key(), c.occupation(), c.rapidsCode(), c.hours(), c.effectiveFrom(), c.effectiveTo(), c.source(),
            c.notes(), now, user, loadId, id, version)
        .update() == 1;
  }

  @Override
  ApprenticeshipCredit entry(ResultSet rs) throws SQLException {
    return new ApprenticeshipCredit(new CredentialCode(rs.getString("credential_code")),
        rs.getString("occupation"), rs.getString("rapids_code"), rs.getInt("hours"),
        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
        rs.getString("source"), rs.getString("notes"));
  }
}
