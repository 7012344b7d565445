package org.credval.app.platform.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows into one table by natural key: new keys are inserted, changed rows updated, equal rows
 * left alone (so loading the same data twice changes nothing). The existing rows in scope are read
 * once and compared in memory, then inserts and updates go in JDBC batches.
 *
 * @param table the table
 * @param keyColumns the natural key
 * @param valueColumns the other columns compared and written ({@code load_id} is added and set to
 *     the batch's load on insert and update)
 */
public record TableUpsert(String table, List<String> keyColumns, List<String> valueColumns) {

  private static final int BATCH = 1000;

  public TableUpsert {
    keyColumns = List.copyOf(keyColumns);
    valueColumns = List.copyOf(valueColumns);
  }

  /**
   * @param rows each array holds the key columns then the value columns, in order
   * @param scopeWhere optional SQL restricting which existing rows can match (e.g. one year), or null
   */
  public WriteCounts apply(JdbcTemplate jdbc, Batch batch, List<Object[]> rows, String scopeWhere, Object... scopeArgs) {
    return write(jdbc, batch, rows, true, Release.NONE, scopeWhere, scopeArgs);
  }

  /**
   * Like {@link #apply}, for a file that may be a revised release of one loaded before: a stored row
   * that one of the {@code release}'s earlier loads wrote and that this file changes keeps its
   * earlier version in {@code import_row_history}. Call {@link #removeAbsent} after it.
   */
  public WriteCounts apply(JdbcTemplate jdbc, Batch batch, List<Object[]> rows, Release release, String scopeWhere,
      Object... scopeArgs) {
    return write(jdbc, batch, rows, true, release, scopeWhere, scopeArgs);
  }

  /**
   * Like {@link #apply} but only adds rows whose key is not stored yet; a stored row with other
   * values is left as it is and counted as unchanged. For secondary sources that may fill gaps but
   * must not overwrite what a primary source published.
   */
  public WriteCounts insertMissing(JdbcTemplate jdbc, Batch batch, List<Object[]> rows, String scopeWhere,
      Object... scopeArgs) {
    return write(jdbc, batch, rows, false, Release.NONE, scopeWhere, scopeArgs);
  }

  /**
   * Removes the stored rows in scope that one of the {@code release}'s earlier loads wrote and that
   * {@code rows} (the whole of the new file in that scope) no longer holds, keeping each in {@code
   * import_row_history}. Rows other files wrote are left alone.
   *
   * @return the counts, with the rows removed
   */
  public WriteCounts removeAbsent(JdbcTemplate jdbc, Batch batch, List<Object[]> rows, Release release,
      String scopeWhere, Object... scopeArgs) {
    Set<List<Object>> kept = new HashSet<>();
    rows.forEach(r -> kept.add(key(r)));
    List<Object[]> gone = new ArrayList<>();
    existing(jdbc, scopeWhere, scopeArgs).forEach((k, old) -> {
      if (!kept.contains(k) && release.isEarlier(old[old.length - 1])) {
        gone.add(old);
        release.replaced(old[old.length - 1]);
      }
    });
    if (!batch.dryRun() && !gone.isEmpty()) {
      RowHistory.keep(jdbc, batch, this, "delete", gone);
      String delete = "delete from " + table + " where "
          + keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
      inBatches(jdbc, delete, gone.stream().map(old -> Arrays.copyOf(old, keyColumns.size())).toList());
    }
    return new WriteCounts(0, 0, 0, gone.size());
  }

  private WriteCounts write(JdbcTemplate jdbc, Batch batch, List<Object[]> rows, boolean overwrite, Release release,
      String scopeWhere, Object... scopeArgs) {
    int width = keyColumns.size() + valueColumns.size();
    Map<List<Object>, Object[]> existing = existing(jdbc, scopeWhere, scopeArgs);
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    List<Object[]> replaced = new ArrayList<>();
    int unchanged = 0;
    for (Object[] row : rows) {
      if (row.length != width) {
        throw new IllegalArgumentException(table + ": row has " + row.length + " values, expected " + width);
      }
      Object[] old = existing.get(key(row));
      if (old == null) {
        inserts.add(append(row, batch.loadId()));
      } else if (!overwrite || sameValues(old, row)) {
        unchanged++;
      } else {
        Object[] u = new Object[width + 1];
        System.arraycopy(row, keyColumns.size(), u, 0, valueColumns.size());
        u[valueColumns.size()] = batch.loadId();
        System.arraycopy(row, 0, u, valueColumns.size() + 1, keyColumns.size());
        updates.add(u);
        if (release.isEarlier(old[width])) {
          replaced.add(old);
          release.replaced(old[width]);
        }
      }
    }
    if (!batch.dryRun()) {
      RowHistory.keep(jdbc, batch, this, "update", replaced);
      List<String> insertCols = Stream.concat(all().stream(), Stream.of("load_id")).toList();
      String insert = "insert into " + table + " (" + String.join(", ", insertCols) + ") values ("
          + insertCols.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
      String update = "update " + table + " set "
          + Stream.concat(valueColumns.stream(), Stream.of("load_id")).map(c -> c + " = ?").collect(Collectors.joining(", "))
          + " where " + keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
      inBatches(jdbc, insert, inserts);
      inBatches(jdbc, update, updates);
    }
    return new WriteCounts(inserts.size(), updates.size(), unchanged);
  }

  /** The stored rows in scope by key: the key and value columns, then {@code load_id}. */
  private Map<List<Object>, Object[]> existing(JdbcTemplate jdbc, String scopeWhere, Object... scopeArgs) {
    int width = keyColumns.size() + valueColumns.size() + 1;
    String select = "select " + String.join(", ", all()) + ", load_id from " + table
        + (scopeWhere == null ? "" : " where " + scopeWhere);
    Map<List<Object>, Object[]> existing = new HashMap<>();
    jdbc.query(select, rs -> {
      Object[] r = new Object[width];
      for (int i = 0; i < width; i++) {
        r[i] = rs.getObject(i + 1);
      }
      existing.put(key(r), r);
    }, scopeArgs);
    return existing;
  }

  private static void inBatches(JdbcTemplate jdbc, String sql, List<Object[]> args) {
    for (int i = 0; i < args.size(); i += BATCH) {
      jdbc.batchUpdate(sql, args.subList(i, Math.min(args.size(), i + BATCH)));
    }
  }

  List<String> all() {
    return Stream.concat(keyColumns.stream(), valueColumns.stream()).toList();
  }

  private List<Object> key(Object[] row) {
    List<Object> k = new ArrayList<>(keyColumns.size());
    for (int i = 0; i < keyColumns.size(); i++) {
      k.add(normalize(row[i]));
    }
    return k;
  }

  private boolean sameValues(Object[] a, Object[] b) {
    for (int i = keyColumns.size(); i < b.length; i++) {
      if (!Objects.equals(normalize(a[i]), normalize(b[i]))) {
        return false;
      }
    }
    return true;
  }

  // Databases hand numbers back with their column's scale and integers as Long or Integer.
  private static Object normalize(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros();
    }
    return v;
  }

  private static Object[] append(Object[] row, Object last) {
    Object[] r = Arrays.copyOf(row, row.length + 1);
    r[row.length] = last;
    return r;
  }
}
