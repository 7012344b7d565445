package org.credval.app.catalog.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code articulation} table: agreements by credential, id or key. Rows are retired, never deleted. */
@Repository
public class ArticulationAgreements {

  private final JdbcClient jdbc;

  ArticulationAgreements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A credential's agreements, active first, then by institution and start date. */
  public List<Stored<Articulation>> of(CredentialCode code) {
    return jdbc.sql("""
        select * from articulation where credential_code = ?
        order by case when status = 'retired' then 1 else 0 end, institution, program_title, effective_from, id""")
        .param(code.value()).query(ArticulationAgreements::row).list();
  }

  public Optional<Stored<Articulation>> byId(long id) {
    return jdbc.sql("select * from articulation where id = ?").param(id).query(ArticulationAgreements::row).optional();
  }

  public Optional<Stored<Articulation>> byKey(String key) {
    return jdbc.sql("select * from articulation where agreement_key = ?").param(key).query(ArticulationAgreements::row).optional();
  }

  /** Every active agreement, e.g. for an export. */
  public List<Articulation> active() {
    return jdbc.sql("select * from articulation where status = 'active' order by agreement_key")
        .query(ArticulationAgreements::row).list().stream().map(Stored::entry).toList();
  }

  long insert(Articulation a, OffsetDateTime now, String user, String loadId) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into articulation (agreement_key, credential_code, institution, ipeds_unit_id, cip_code, program_title,
          credit_hours, credit_type, effective_from, effective_to, source, notes, status, version, updated_at, updated_by, load_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 1, ?, ?, ?)""")
        .params(a.key(), a.credential().value(), a.institution(), a.ipedsUnitId(), a.cip().value(), a.programTitle(),
            a.creditHours(), a.creditUnit().key(), a.effectiveFrom(), a.effectiveTo(), a.source(), a.notes(), now, user, loadId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** Replaces the fields of entry {@code id} if it is still at {@code version}; false when it changed meanwhile. */
  boolean update(long id, int version, Articulation a, OffsetDateTime now, String user, String loadId) {
    return jdbc.sql("""
        update articulation set agreement_key = ?, institution = ?, ipeds_unit_id = ?, cip_code = ?, program_title = ?,
          credit_hours = ?, credit_type = ?, effective_from = ?, effective_to = ?, source = ?, notes = ?,
          version = version + 1, updated_at = ?, updated_by = ?, load_id = coalesce(?, load_id)
        where id = ? and version = ?""")
        .params(a.key(), a.institution(), a.ipedsUnitId(), a.cip().value(), a.programTitle(), a.creditHours(),
            a.creditUnit().key(), a.effectiveFrom(), a.effectiveTo(), a.source(), a.notes(), now, user, loadId, id, version)
        .update() == 1;
  }

  boolean retire(long id, int version, OffsetDateTime now, String user) {
    return jdbc.sql("""
        update articulation set status = 'retired', version = version + 1, updated_at = ?, updated_by = ?
        where id = ? and version = ? and status = 'active'""").params(now, user, id, version).update() == 1;
  }

  private static Stored<Articulation> row(ResultSet rs, int i) throws SQLException {
    Articulation a = new Articulation(new CredentialCode(rs.getString("credential_code")), rs.getString("institution"),
        rs.getString("ipeds_unit_id"), new CipCode(rs.getString("cip_code")), rs.getString("program_title"),
        rs.getBigDecimal("credit_hours"), CreditUnit.fromKey(rs.getString("credit_type")).orElseThrow(),
        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
        rs.getString("source"), rs.getString("notes"));
    return new Stored<>(rs.getLong("id"), a, rs.getString("status"), rs.getInt("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
  }
}
