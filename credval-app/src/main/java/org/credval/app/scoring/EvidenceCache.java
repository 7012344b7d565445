package org.credval.app.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the evidence of the last few (state, period, living wage, inputs) assembled, so that a
 * what-if preview or a second run on unchanged data scores at once instead of reading every
 * table again. The inputs are stamped by a digest of what can change the evidence: every load
 * (OEWS, projections, catalog, postings, articulation files), every catalog and credit edit,
 * every signal run, the newest stored posting. Any of them changing gives a new stamp, so cached
 * evidence is never served for data it was not assembled from.
 */
@Component
public class EvidenceCache {

  /** Evidence of a few states and periods fits in memory; a run's evidence is a few megabytes at most. */
  static final int CAPACITY = 8;

  private final JdbcClient jdbc;
  private final Map<Key, StateEvidence> entries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, StateEvidence> eldest) {
      return size() > CAPACITY;
    }
  };

  EvidenceCache(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What the evidence was assembled for. */
  record Key(String state, int year, String livingWage, String inputs) {}

  /**
   * The cached evidence for the request on the data as it is now, or the assembled one, kept.
   * Assembling happens outside the lock, so two requests for one key may both assemble; both
   * give the same evidence.
   */
  StateEvidence get(ScoringService.Request request, Supplier<StateEvidence> assemble) {
    Key key = new Key(request.state(), request.year(), request.livingWage().annual().stripTrailingZeros().toPlainString()
        + "\t" + request.livingWage().source(), inputsStamp());
    synchronized (entries) {
      StateEvidence cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
    }
    StateEvidence evidence = assemble.get();
    synchronized (entries) {
      entries.put(key, evidence);
    }
    return evidence;
  }

  /** Forgets everything (for the uncached side of {@code credval bench scoring}). */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** A digest of the counts and newest times of everything that feeds the evidence. */
  String inputsStamp() {
    StringBuilder sb = new StringBuilder();
    stamp(sb, "select count(*), max(finished_at), max(load_id) from import_batch");
    stamp(sb, "select count(*), max(changed_at), max(id) from credential_change");
    stamp(sb, "select count(*), max(changed_at), max(id) from credit_change");
    stamp(sb, "select count(*), max(created_at), max(run_id) from signal_run");
    stamp(sb, "select count(*), max(updated_at), max(code) from credential");
    stamp(sb, "select count(*), max(updated_at), max(id) from articulation");
    stamp(sb, "select count(*), max(updated_at), max(id) from apprenticeship_credit");
    stamp(sb, "select count(*), max(id), max(id) from posting");
    return StateEvidence.sha256(sb.toString());
  }

  private void stamp(StringBuilder sb, String sql) {
    jdbc.sql(sql).query(rs -> {
      sb.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\t').append(rs.getString(3)).append('\n');
    });
  }
}
