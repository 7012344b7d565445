package org.credval.app.platform.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the earlier version of rows a revised release updates or removes in {@code
 * import_row_history}: the row's key and its columns as {@code column=value} pairs, the load that
 * wrote it and the load that replaced it.
 */
final class RowHistory {

  private static final int BATCH = 1000;

  private RowHistory() {}

  /** @param rows stored rows as {@link TableUpsert} reads them: key and value columns, then load_id */
  static void keep(JdbcTemplate jdbc, Batch batch, TableUpsert upsert, String changeType, List<Object[]> rows) {
    List<String> columns = upsert.all();
    int keys = upsert.keyColumns().size();
    List<Object[]> args = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      List<String> key = new ArrayList<>(keys);
      List<String> state = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        if (i < keys) {
          key.add(text(row[i]));
        }
        state.add(columns.get(i) + "=" + text(row[i]));
      }
      args.add(new Object[] {upsert.table(), truncate(String.join(" | ", key)), changeType, String.join("; ", state),
          row[columns.size()], batch.loadId()});
    }
    for (int i = 0; i < args.size(); i += BATCH) {
      jdbc.batchUpdate("""
          insert into import_row_history (table_name, row_key, change_type, before_state, before_load_id, load_id)
          values (?, ?, ?, ?, ?, ?)""", args.subList(i, Math.min(args.size(), i + BATCH)));
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
  }

  private static String truncate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 499) + "…";
  }
}
