package org.credval.app.labormarket.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes OEWS rows as {@code oews_area} and {@code oews_estimate} rows. */
@Repository
class OewsEstimates {

  private static final TableUpsert ESTIMATES = new TableUpsert("oews_estimate",
      List.of("ref_year", "area_code", "soc_code", "measure"), List.of("est_value", "flag", "occ_title", "o_group"));

  private final JdbcTemplate jdbc;

  OewsEstimates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  WriteCounts write(List<OewsRow> rows, Batch batch) {
    WriteCounts counts = writeAreas(rows, batch);
    Map<Integer, List<OewsRow>> byYear = new TreeMap<>();
    rows.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
    for (Map.Entry<Integer, List<OewsRow>> year : byYear.entrySet()) {
      Split values = new Split(new ArrayList<>(), new ArrayList<>());
      Set<String> areas = new HashSet<>();
      for (OewsRow r : year.getValue()) {
        areas.add(r.area().code());
        List<Object[]> to = r.authoritative() ? values.authoritative() : values.secondary();
        r.values().forEach((measure, v) -> to.add(new Object[] {r.year(), r.area().code(), r.soc().value(),
            measure.code(), v.value(), v.flag(), r.title(), r.group()}));
      }
      // Only the estimates of this year and these areas can match, so only those are read back.
      List<Object> args = new ArrayList<>(List.of(year.getKey()));
      args.addAll(areas);
      String scope = "ref_year = ? and area_code in (" + String.join(", ", Collections.nCopies(areas.size(), "?")) + ")";
      counts = counts.plus(ESTIMATES.apply(jdbc, batch, values.authoritative(), scope, args.toArray()));
      counts = counts.plus(ESTIMATES.insertMissing(jdbc, batch, values.secondary(), scope, args.toArray()));
    }
    return counts;
  }

  /** Estimate rows from BLS releases, and from state agencies' tables that only fill gaps. */
  private record Split(List<Object[]> authoritative, List<Object[]> secondary) {}

  /**
   * Adds the areas not stored yet. An area already stored keeps its name: the same code is the same
   * place, and publishers spell names differently ("U.S.", "New York State").
   */
  private WriteCounts writeAreas(List<OewsRow> rows, Batch batch) {
    Map<String, OewsArea> areas = new LinkedHashMap<>();
    rows.forEach(r -> areas.putIfAbsent(r.area().code(), r.area()));
    Set<String> stored = new HashSet<>(jdbc.queryForList("select area_code from oews_area", String.class));
    List<Object[]> inserts = new ArrayList<>();
    for (OewsArea a : areas.values()) {
      if (!stored.contains(a.code())) {
        inserts.add(new Object[] {a.code(), a.title(), a.type(), a.state(), batch.loadId()});
      }
    }
    if (!batch.dryRun() && !inserts.isEmpty()) {
      jdbc.batchUpdate("insert into oews_area (area_code, title, area_type, state, load_id) values (?, ?, ?, ?, ?)", inserts);
    }
    return new WriteCounts(inserts.size(), 0, areas.size() - inserts.size());
  }
}
