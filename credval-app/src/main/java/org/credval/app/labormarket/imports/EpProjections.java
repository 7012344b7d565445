package org.credval.app.labormarket.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ImportBatches;
import org.credval.app.platform.imports.Release;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes Employment Projections rows into {@code ep_projection}, each only with the columns its file
 * has. A revised release of a file loaded before (same file name, same period) replaces that file's
 * rows for the period; earlier versions are kept in {@code import_row_history}.
 */
@Repository
class EpProjections {

  /** Every column, so that a removed row's history holds all of it; only its key is compared. */
  private static final TableUpsert WHOLE_ROW = new TableUpsert("ep_projection", List.of("period", "soc_code"),
      List.of("title", "occupation_type", "emp_base_thousands", "emp_proj_thousands", "change_thousands",
          "change_percent", "openings_annual_thousands", "median_wage", "median_wage_flag", "entry_education",
          "work_experience", "training", "exits_annual_thousands", "transfers_annual_thousands",
          "separations_annual_thousands"));

  private final JdbcTemplate jdbc;
  private final ImportBatches batches;

  EpProjections(JdbcTemplate jdbc, ImportBatches batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  WriteCounts write(List<EpRow> rows, Batch batch) {
    Release release = batches.releaseOf("ep", batch.fileName());
    // Rows of one file have the same columns, except rows only one table of a workbook has.
    Map<Set<String>, List<EpRow>> byColumns = new LinkedHashMap<>();
    rows.forEach(r -> byColumns.computeIfAbsent(r.values().keySet(), k -> new ArrayList<>()).add(r));
    WriteCounts counts = WriteCounts.NONE;
    Map<String, List<Object[]>> keysByPeriod = new LinkedHashMap<>();
    for (Map.Entry<Set<String>, List<EpRow>> group : byColumns.entrySet()) {
      List<String> columns = List.copyOf(group.getKey());
      TableUpsert upsert = new TableUpsert("ep_projection", List.of("period", "soc_code"), columns);
      Map<String, List<Object[]>> byPeriod = new LinkedHashMap<>();
      for (EpRow r : group.getValue()) {
        Object[] v = new Object[columns.size() + 2];
        v[0] = r.period();
        v[1] = r.soc().value();
        for (int i = 0; i < columns.size(); i++) {
          v[i + 2] = r.values().get(columns.get(i));
        }
        byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(v);
        keysByPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(new Object[] {r.period(), r.soc().value()});
      }
      for (Map.Entry<String, List<Object[]>> p : byPeriod.entrySet()) {
        counts = counts.plus(upsert.apply(jdbc, batch, p.getValue(), release, "period = ?", p.getKey()));
      }
    }
    // A revised release of the same file: the occupations its earlier version had for the period
    // and the new one does not are removed.
    for (Map.Entry<String, List<Object[]>> p : keysByPeriod.entrySet()) {
      counts = counts.plus(WHOLE_ROW.removeAbsent(jdbc, batch, p.getValue(), release, "period = ?", p.getKey()));
    }
    batches.supersede(release, batch);
    return counts;
  }
}
