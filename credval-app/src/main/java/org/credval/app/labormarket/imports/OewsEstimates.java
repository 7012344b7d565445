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
import org.credval.app.platform.imports.ImportBatches;
import org.credval.app.platform.imports.Release;
import org.credval.app.platform.imports.TableUpsert;
import org.credval.app.platform.imports.WriteCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes OEWS rows as {@code oews_area} and {@code oews_estimate} rows. A revised release of a file
 * loaded before (same file name, same year) replaces that file's estimates for the year: estimates
 * it no longer has are removed, each earlier version kept in {@code import_row_history}.
 */
@Repository
class OewsEstimates {

  private static final TableUpsert ESTIMATES = new TableUpsert("oews_estimate",
      List.of("ref_year", "area_code", "soc_code", "measure"), List.of("est_value", "flag", "occ_title", "o_group"));

  private final JdbcTemplate jdbc;
  private final ImportBatches batches;

  OewsEstimates(JdbcTemplate jdbc, ImportBatches batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  WriteCounts write(List<OewsRow> rows, Batch batch) {
    WriteCounts counts = writeAreas(rows, batch);
    Release release = batches.releaseOf("oews", batch.fileName());
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
      counts = counts.plus(ESTIMATES.apply(jdbc, batch, values.authoritative(), release, scope, args.toArray()));
      counts = counts.plus(ESTIMATES.insertMissing(jdbc, batch, values.secondary(), scope, args.toArray()));
      // A revised release of the same file: what its earlier version published for this year and
      // the new one no longer has goes, in any area.
      List<Object[]> all = new ArrayList<>(values.authoritative());
      all.addAll(values.secondary());
      counts = counts.plus(ESTIMATES.removeAbsent(jdbc, batch, all, release, "ref_year = ?", year.getKey()));
    }
    batches.supersede(release, batch);
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
