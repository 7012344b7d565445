package org.credval.app.platform.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The stored import history: one row per load and its rejected rows. */
@Repository
public class ImportBatches {

  private final JdbcTemplate jdbc;

  public ImportBatches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The last committed load of exactly this file content for this kind, if any. */
  public Optional<String> committedLoadOf(String kind, String sha256, String options) {
    return jdbc.query(
            "select load_id from import_batch where kind = ? and sha256 = ? and options = ? and status = 'COMMITTED' order by started_at desc",
            (rs, i) -> rs.getString(1), kind, sha256, options)
        .stream().findFirst();
  }

  /**
   * The earlier loads of a file of this name as this kind that may still own stored rows, for a
   * load that may be a revised release of it.
   */
  public Release releaseOf(String kind, String fileName) {
    return new Release(jdbc.queryForList(
        "select load_id from import_batch where kind = ? and source_name = ? and status in ('COMMITTED', 'SUPERSEDED')",
        String.class, kind, fileName));
  }

  /**
   * Marks the earlier loads whose rows {@code batch} replaced as SUPERSEDED, so that loading one of
   * those files again applies it again rather than reporting UNCHANGED. Part of the batch's
   * transaction; nothing is marked in a dry run.
   */
  public void supersede(Release release, Batch batch) {
    if (batch.dryRun() || release.superseded().isEmpty()) {
      return;
    }
    jdbc.batchUpdate("update import_batch set status = 'SUPERSEDED' where load_id = ? and status = 'COMMITTED'",
        release.superseded().stream().map(id -> new Object[] {id}).toList());
  }

  public void save(ImportReport r, String sourcePath, String options) {
    jdbc.update("""
        insert into import_batch (load_id, kind, source_name, source_path, sha256, options, status, rows_read, accepted,
          rejected, duplicates, inserted, updated, unchanged, encoding, started_at, finished_at, loaded_by, message)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        r.loadId(), r.kind(), r.file(), sourcePath, r.sha256(), options, r.status(), r.rowsRead(), r.accepted(),
        r.rejected(), r.duplicates(), r.inserted(), r.updated(), r.unchanged(), r.encoding(),
        ts(r.startedAt()), ts(r.finishedAt()), r.loadedBy(), truncate(r.message(), 4000));
    List<Rejection> rej = r.rejections();
    for (int i = 0; i < rej.size(); i += 1000) {
      List<Object[]> args = new java.util.ArrayList<>();
      for (int j = i; j < Math.min(rej.size(), i + 1000); j++) {
        Rejection x = rej.get(j);
        args.add(new Object[] {r.loadId(), j + 1, x.file(), x.line(), x.field(), truncate(x.reason(), 2000),
            x.code().code(), x.rawValue()});
      }
      jdbc.batchUpdate("""
          insert into import_rejection (load_id, seq, file_name, line, field, reason, error_code, raw_value)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", args);
    }
  }

  public List<ImportReport> recent(int limit) {
    return jdbc.query("select * from import_batch order by started_at desc, load_id limit ?", summary(), limit);
  }

  public Optional<ImportReport> find(String loadId) {
    return jdbc.query("select * from import_batch where load_id = ?", summary(), loadId).stream().findFirst()
        .map(r -> withRejections(r, jdbc.query(
            "select * from import_rejection where load_id = ? order by seq",
            (rs, i) -> new Rejection(rs.getString("file_name"), rs.getLong("line"), rs.getString("field"),
                rs.getString("reason"), codeOf(rs.getString("error_code")), rs.getString("raw_value")),
            loadId)));
  }

  private static ImportReport withRejections(ImportReport r, List<Rejection> rej) {
    return new ImportReport(r.loadId(), r.kind(), r.file(), r.sha256(), r.status(), r.dryRun(), r.rowsRead(),
        r.accepted(), r.rejected(), r.duplicates(), r.inserted(), r.updated(), r.unchanged(), r.encoding(),
        r.loadedBy(), r.startedAt(), r.finishedAt(), r.message(), rej);
  }

  private static RowMapper<ImportReport> summary() {
    return (rs, i) -> new ImportReport(rs.getString("load_id"), rs.getString("kind"), rs.getString("source_name"),
        rs.getString("sha256"), rs.getString("status"), false, rs.getLong("rows_read"), rs.getInt("accepted"),
        rs.getInt("rejected"), rs.getInt("duplicates"), rs.getInt("inserted"), rs.getInt("updated"),
        rs.getInt("unchanged"), rs.getString("encoding"), rs.getString("loaded_by"),
        instant(rs.getObject("started_at", OffsetDateTime.class)),
        instant(rs.getObject("finished_at", OffsetDateTime.class)), rs.getString("message"), List.of());
  }

  private static ErrorCode codeOf(String code) {
    for (ErrorCode c : ErrorCode.values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return ErrorCode.BAD_VALUE;
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime ts(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

}
