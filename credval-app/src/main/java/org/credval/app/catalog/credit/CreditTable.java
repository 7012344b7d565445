package org.credval.app.catalog.credit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of postsecondary credit entries (articulation agreements, apprenticeship credit): read by
 * credential, id or key; each row has an id, a natural key, a status, a version that edits must
 * name, and who changed it last. Rows are retired, never deleted.
 *
 * @param <E> the entry
 */
abstract class CreditTable<E> {

  final JdbcClient jdbc;
  private final String table;
  private final String keyColumn;
  private final String order;

  /**
   * @param order the columns a credential's active entries are listed by, after which retired ones follow
   */
  CreditTable(JdbcClient jdbc, String table, String keyColumn, String order) {
    this.jdbc = jdbc;
    this.table = table;
    this.keyColumn = keyColumn;
    this.order = order;
  }

  /** The entry as its columns hold it. */
  abstract E entry(ResultSet rs) throws SQLException;

  /** Inserts an active entry at version 1; returns its id. */
  abstract long insert(E entry, OffsetDateTime now, String user, String loadId);

  /** Replaces the fields of entry {@code id} if it is still at {@code version}; false when it changed meanwhile. */
  abstract boolean update(long id, int version, E entry, OffsetDateTime now, String user, String loadId);

  /** A credential's entries, active first. */
  public List<Stored<E>> of(CredentialCode code) {
    return jdbc.sql("select * from " + table + " where credential_code = ?"
            + " order by case when status = 'retired' then 1 else 0 end, " + order + ", id")
        .param(code.value()).query(this::row).list();
  }

  public Optional<Stored<E>> byId(long id) {
    return jdbc.sql("select * from " + table + " where id = ?").param(id).query(this::row).optional();
  }

  public Optional<Stored<E>> byKey(String key) {
    return jdbc.sql("select * from " + table + " where " + keyColumn + " = ?").param(key).query(this::row).optional();
  }

  /** Every active entry, e.g. for an export. */
  public List<E> active() {
    return jdbc.sql("select * from " + table + " where status = 'active' order by " + keyColumn)
        .query(this::row).list().stream().map(Stored::entry).toList();
  }

  boolean retire(long id, int version, OffsetDateTime now, String user) {
    return jdbc.sql("update " + table + " set status = 'retired', version = version + 1, updated_at = ?, updated_by = ?"
        + " where id = ? and version = ? and status = 'active'").params(now, user, id, version).update() == 1;
  }

  private Stored<E> row(ResultSet rs, int i) throws SQLException {
    return new Stored<>(rs.getLong("id"), entry(rs), rs.getString("status"), rs.getInt("version"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
  }
}
