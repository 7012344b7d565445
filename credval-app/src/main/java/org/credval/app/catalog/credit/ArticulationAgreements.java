package org.credval.app.catalog.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code articulation} table: agreements by credential (active first, then by institution,
 * program and start date), id or key. Rows are retired, never deleted.
 */
@Repository
public class ArticulationAgreements extends CreditTable<Articulation> {

  ArticulationAgreements(JdbcClient jdbc) {
    super(jdbc, "articulation", "agreement_key", "institution, program_title, effective_from");
  }

  @Override
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

  @Override
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

  @Override
  Articulation entry(ResultSet rs) throws SQLException {
    return new Articulation(new CredentialCode(rs.getString("credential_code")), rs.getString("institution"),
        rs.getString("ipeds_unit_id"), new CipCode(rs.getString("cip_code")), rs.getString("program_title"),
        rs.getBigDecimal("credit_hours"), CreditUnit.fromKey(rs.getString("credit_type")).orElseThrow(),
        rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
        rs.getString("source"), rs.getString("notes"));
  }
}
