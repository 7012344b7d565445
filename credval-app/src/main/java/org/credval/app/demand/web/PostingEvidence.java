package org.credval.app.demand.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.extract.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored mentions behind a credential's signals ({@code posting_mention} with its
 * {@code posting} and {@code posting_section}), in the same scope as a signal run: postings that
 * repeat another are left out, as the run leaves them out; the run's area and period and the
 * chosen occupation group narrow them the same way.
 */
@Repository
class PostingEvidence {

  private final JdbcClient jdbc;

  PostingEvidence(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param level a requirement level key, or null for every level
   * @param page from 1
   */
  EvidencePage page(String code, DemandScope scope, String level, int page, int pageSize) {
    Map<String, Object> params = new HashMap<>();
    String where = where(code, scope, params);
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("select m.requirement, count(*) from posting_mention m join posting p on p.id = m.posting_id" + where
            + " group by m.requirement").params(params)
        .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    for (Requirement r : Requirement.values()) {
      if (counts.containsKey(r.key())) {
        byLevel.put(r.key(), counts.remove(r.key()));
      }
    }
    byLevel.putAll(counts);
    int total = level == null ? byLevel.values().stream().mapToInt(Integer::intValue).sum() : byLevel.getOrDefault(level, 0);
    String levelClause = "";
    if (level != null) {
      levelClause = " and m.requirement = :level";
      params.put("level", level);
    }
    params.put("limit", pageSize);
    params.put("offset", (long) (page - 1) * pageSize);
    List<Row> rows = jdbc.sql("""
            select p.id, p.source, p.source_id, p.title, p.employer, p.state, p.posted_on, p.soc_code,
              m.requirement, m.field, m.start_offset, m.end_offset, m.matched_text, m.cue
            from posting_mention m join posting p on p.id = m.posting_id""" + where + levelClause
            + " order by p.posted_on desc nulls last, p.id, m.seq limit :limit offset :offset")
        .params(params)
        .query((rs, i) -> new Row(rs.getLong("id"), new MentionEvidence(rs.getString("source"),
            rs.getString("source_id"), rs.getString("title"), rs.getString("employer"), rs.getString("state"),
            rs.getObject("posted_on", LocalDate.class), rs.getString("soc_code"), rs.getString("requirement"),
            rs.getString("field"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("matched_text"),
            rs.getString("cue"), null)))
        .list();
    Map<Long, List<Section>> sections = sections(rows);
    List<MentionEvidence> mentions = new ArrayList<>(rows.size());
    for (Row r : rows) {
      MentionEvidence m = r.mention();
      String text = "title".equals(m.field()) ? m.title() : text(sections.getOrDefault(r.postingId(), List.of()), m);
      mentions.add(new MentionEvidence(m.source(), m.sourceId(), m.title(), m.employer(), m.state(), m.postedOn(),
          m.socCode(), m.requirement(), m.field(), m.start(), m.end(), m.matchedText(), m.cue(),
          Excerpt.around(text, m.start(), m.end(), m.matchedText(), m.cue())));
    }
    return new EvidencePage(level, byLevel, total, page, pageSize, mentions);
  }

  private static String where(String code, DemandScope scope, Map<String, Object> params) {
    StringBuilder w = new StringBuilder(" where m.credential_code = :code and p.duplicate_of is null");
    params.put("code", code);
    if (scope.area() != null && !"US".equalsIgnoreCase(scope.area())) {
      w.append(" and p.state = :state");
      params.put("state", scope.area().toUpperCase(java.util.Locale.ROOT));
    }
    LocalDate[] dates = DemandScope.dates(scope.period());
    if (dates != null) {
      w.append(" and p.posted_on >= :from and p.posted_on < :to");
      params.put("from", dates[0]);
      params.put("to", dates[1]);
    }
    if (DemandScope.UNKNOWN.equals(scope.group())) {
      w.append(" and p.soc_code is null");
    } else if (!scope.allOccupations()) {
      w.append(" and p.soc_code like :soc");
      params.put("soc", scope.group().endsWith("-0000") ? scope.group().substring(0, 3) + "%" : scope.group());
    }
    return w.toString();
  }

  /** The sections of the page's postings, in order, by posting id. */
  private Map<Long, List<Section>> sections(List<Row> rows) {
    Map<Long, List<Section>> out = new HashMap<>();
    List<Long> ids = rows.stream().filter(r -> !"title".equals(r.mention().field())).map(Row::postingId)
        .distinct().toList();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql("select posting_id, field, body from posting_section where posting_id in (:ids) order by posting_id, seq")
        .param("ids", ids)
        .query((rs, i) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new Section(rs.getString(2), rs.getString(3))))
        .list();
    return out;
  }

  /**
   * The text a mention's offsets point into: the first section of its field whose text holds the
   * matched text at those offsets, else the first section of its field, else nothing.
   */
  private static String text(List<Section> sections, MentionEvidence m) {
    String first = null;
    for (Section s : sections) {
      if (!s.field().equals(m.field())) {
        continue;
      }
      if (first == null) {
        first = s.body();
      }
      if (m.end() <= s.body().length() && s.body().substring(m.start(), m.end()).equalsIgnoreCase(m.matchedText())) {
        return s.body();
      }
    }
    return first == null ? "" : first;
  }

  private record Row(long postingId, MentionEvidence mention) {}

  private record Section(String field, String body) {}
}
