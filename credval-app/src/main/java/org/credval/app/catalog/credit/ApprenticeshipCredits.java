package org.credval.app.catalog.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code apprenticeship_credit} table. Rows are retired, never deleted. */
@Repository
public class ApprenticeshipCredits {

  private final JdbcClient jdbc;

  ApprenticeshipCredits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Stored<ApprenticeshipCredit>> of(CredentialCode code) {
    return jdbc.sql("""
        select * from apprenticeship_credit where credential_code = ?
        order by case when status = 'retired' then 1 else 0 end, occupation, id""")
        .param(code.value()).query(ApprenticeshipCredits::row).list();
  }

  public Optional<Stored<ApprenticeshipCredit>> byId(long id) {
    return jdbc.sql("select * from apprenticeship_credit where id = ?").param(id).query(ApprenticeshipCredits::row).optional();
  }

  public Optional<Stored<ApprenticeshipCredit>> byKey(String key) {
    return jdbc.sql("select * from apprenticeship_credit where credit_key = ?").param(key)
        .query(ApprenticeshipCredits::row).optional();
  }

  public List<ApprenticeshipCredit> active() {
    return jdbc.sql("select * from apprenticeship_credit where status = 'active' order by credit_key")
        .query(ApprenticeshipCredits::row).list().stream().map(Stored::entry).toList();
  }

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

  boolean retire(long id, int version, OffsetDateTime now, String user) {
    return jdbc.sql("""
        update apprenticeship_credit set status = 'retired', version = version + 1, updated_at = ?, updated_by = ?
        where id = ? and version = ? and status = 'active'""").params(now, user, id, version).update() == 1;
  }

  private static Stored<ApprenticeshipCredit> row(ResultSet rs, int i) throws SQLException {
    ApprenticeshipCredit c = new ApprenticeshipCredit(new CredentialCode(rs.getString("credential_code")),
        rs.getString("occupation"), rs.getString("rapids_code"), rs.getInt("hours"),
        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
        rs.getString("source"), rs.getString("notes"));
    return new Stored<>(rs.getLong("id"), c, rs.getString("status"), rs.getInt("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
  }
}
