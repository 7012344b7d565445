package org.credval.app.labormarket.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes Employment Projections rows into {@code ep_projection}, each only with the columns its file has. */
@Repository
class EpProjections {

  private final JdbcTemplate jdbc;

  EpProjections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  WriteCounts write(List<EpRow> rows, Batch batch) {
    // Rows of one file have the same columns, except rows only one table of a workbook has.
    Map<Set<String>, List<EpRow>> byColumns = new LinkedHashMap<>();
    rows.forEach(r -> byColumns.computeIfAbsent(r.values().keySet(), k -> new ArrayList<>()).add(r));
    WriteCounts counts = WriteCounts.NONE;
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
      }
      for (Map.Entry<String, List<Object[]>> p : byPeriod.entrySet()) {
        counts = counts.plus(upsert.apply(jdbc, batch, p.getValue(), "period = ?", p.getKey()));
      }
    }
    return counts;
  }
}
