package org.credval.app.postings.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.extract.Mention;
import org.credval.core.postings.NearDuplicates;
import org.credval.core.postings.Posting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The posting tables ({@code posting}, {@code posting_section}, {@code posting_mention},
 * {@code posting_structured_credential}, {@code posting_band}), written in JDBC batches.
 */
@Repository
class PostingTables {

  private static final int BATCH = 500;

  /**
   * A posting ready to store: what was read and everything derived from it.
   *
   * @param id the stored id (0 until inserted)
   */
  static final class Prepared {
    long id;
    final Posting posting;
    final String contentSha;
    final String catalogSha;
    final SocAssignment soc;
    final List<Mention> mentions;
    final NearDuplicates.Sketch sketch;

    Prepared(long id, Posting posting, String contentSha, String catalogSha, SocAssignment soc, List<Mention> mentions) {
      this.id = id;
      this.posting = posting;
      this.contentSha = contentSha;
      this.catalogSha = catalogSha;
      this.soc = soc;
      this.mentions = mentions;
      this.sketch = NearDuplicates.sketch(posting.fullText());
    }
  }

  private static final String POSTING_COLUMNS = "source, source_id, employer, title, state, area, posted_on, pay_min, "
      + "pay_max, pay_basis, pay_annual_min, pay_annual_max, soc_code, soc_method, soc_confidence, soc_basis, "
      + "duplicate_of, content_sha256, catalog_sha256, load_id";

  private final JdbcTemplate jdbc;

  PostingTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(List<Prepared> rows, String loadId) {
    if (rows.isEmpty()) {
      return;
    }
    String sql = "insert into posting (" + POSTING_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    batches(sql, rows.stream().map(r -> values(r, loadId)).toList());
    Map<List<String>, Long> ids = new HashMap<>();
    jdbc.query("select id, source, source_id from posting where load_id = ?",
        rs -> {
          ids.put(List.of(rs.getString(2), rs.getString(3)), rs.getLong(1));
        }, loadId);
    for (Prepared r : rows) {
      r.id = ids.get(List.of(r.posting.source(), r.posting.sourceId()));
    }
    children(rows);
  }

  /** Rewrites stored postings whose content or catalog changed: the row in place, the derived rows anew. */
  void update(List<Prepared> rows, String loadId) {
    if (rows.isEmpty()) {
      return;
    }
    List<Object[]> ids = rows.stream().map(r -> new Object[] {r.id}).toList();
    for (String child : List.of("posting_section", "posting_mention", "posting_structured_credential", "posting_band")) {
      batches("delete from " + child + " where posting_id = ?", ids);
    }
    String sql = "update posting set " + String.join(" = ?, ", POSTING_COLUMNS.split(", ")) + " = ? where id = ?";
    batches(sql, rows.stream().map(r -> {
      Object[] v = values(r, loadId);
      Object[] w = java.util.Arrays.copyOf(v, v.length + 1);
      w[v.length] = r.id;
      return w;
    }).toList());
    children(rows);
  }

  private void children(List<Prepared> rows) {
    List<Object[]> sections = new ArrayList<>();
    List<Object[]> mentions = new ArrayList<>();
    List<Object[]> structured = new ArrayList<>();
    List<Object[]> bands = new ArrayList<>();
    for (Prepared r : rows) {
      int seq = 0;
      for (Posting.Section s : r.posting.sections()) {
        sections.add(new Object[] {r.id, ++seq, text(s.field()), text(s.text())});
      }
      seq = 0;
      for (Mention m : r.mentions) {
        mentions.add(new Object[] {r.id, ++seq, m.code().value(), m.requirement().key(), cut(m.field(), 200), m.start(),
            m.end(), cut(m.matchedText(), 500), cut(m.cue(), 500)});
      }
      seq = 0;
      for (Posting.StructuredCredential c : r.posting.structuredCredentials()) {
        structured.add(new Object[] {r.id, ++seq, text(c.name()), c.requirement()});
      }
      long[] h = r.sketch.bandHashes();
      for (int b = 0; b < h.length; b++) {
        bands.add(new Object[] {r.id, b, h[b]});
      }
    }
    batches("insert into posting_section (posting_id, seq, field, body) values (?, ?, ?, ?)", sections);
    batches("""
        insert into posting_mention (posting_id, seq, credential_code, requirement, field, start_offset, end_offset,
          matched_text, cue) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", mentions);
    batches("insert into posting_structured_credential (posting_id, seq, name, requirement) values (?, ?, ?, ?)", structured);
    batches("insert into posting_band (posting_id, band, band_hash) values (?, ?, ?)", bands);
  }

  private static Object[] values(Prepared r, String loadId) {
    Posting p = r.posting;
    Posting.Pay pay = p.pay();
    return new Object[] {text(p.source()), text(p.sourceId()), text(p.employer()), text(p.title()), p.state(),
        text(p.area()), p.postedOn(),
        pay == null ? null : pay.min(), pay == null ? null : pay.max(), pay == null ? null : pay.basis(),
        pay == null ? null : pay.annualMin(), pay == null ? null : pay.annualMax(),
        r.soc.socCode(), r.soc.method(), r.soc.confidence(), cut(r.soc.basis(), 500),
        null, r.contentSha, r.catalogSha, loadId};
  }

  private void batches(String sql, List<Object[]> args) {
    for (int i = 0; i < args.size(); i += BATCH) {
      jdbc.batchUpdate(sql, args.subList(i, Math.min(args.size(), i + BATCH)));
    }
  }

  private static String cut(String s, int max) {
    String t = text(s);
    return t == null || t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  // PostgreSQL refuses the NUL character in text, which scraped postings sometimes carry.
  private static String text(String s) {
    return s == null || s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
  }
}
