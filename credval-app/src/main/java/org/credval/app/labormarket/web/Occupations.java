package org.credval.app.labormarket.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-side queries behind the occupation pages and API: search, the occupation itself, and what
 * the labor-market tables and the catalog say about it. Portable SQL for H2 and PostgreSQL.
 */
@Repository
class Occupations {

  private static final Pattern CODE_PREFIX = Pattern.compile("\\d{2}(-?\\d{0,4})?(\\.\\d{2})?");

  private final JdbcClient jdbc;
  private final OewsEstimates oews;

  Occupations(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.oews = new OewsEstimates(jdbc);
  }

  /**
   * Occupations whose code starts with the query, or whose title, SOC direct-match title or O*NET
   * alternate title contains it: code matches first, then in the order of {@link SearchRanking}.
   */
  List<OccupationHit> search(String query, int limit) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    Map<String, OccupationHit> hits = new LinkedHashMap<>();
    if (CODE_PREFIX.matcher(q).matches()) {
      jdbc.sql("select soc_code, title, soc_level, null as matched from soc_occupation where soc_code like ?"
              + " order by soc_code limit ?").param(codePrefix(q) + "%").param(limit)
          .query(Occupations::hit).list().forEach(h -> hits.put(h.soc(), h));
    }
    String like = "%" + escapeLike(q) + "%";
    SearchRanking ranking = new SearchRanking(q);
    candidates("""
        select soc_code, title, soc_level, null as matched from soc_occupation
        where lower(title) like ? escape '\\'""", like).forEach(h -> ranking.add(h, SearchRanking.Source.OWN_TITLE));
    candidates("""
        select o.soc_code, o.title, o.soc_level, d.title as matched from soc_direct_match_title d
        join soc_occupation o on o.soc_code = d.soc_code
        where lower(d.title) like ? escape '\\'""", like)
        .forEach(h -> ranking.add(h, SearchRanking.Source.DIRECT_MATCH_TITLE));
    candidates("""
        select o.soc_code, o.title, o.soc_level, a.title as matched from onet_alternate_title a
        join onet_occupation n on n.onet_code = a.onet_code
        join soc_occupation o on o.soc_code = n.soc_code
        where lower(a.title) like ? escape '\\'""", like)
        .forEach(h -> ranking.add(h, SearchRanking.Source.ALTERNATE_TITLE));
    for (OccupationHit h : ranking.top(limit)) {
      if (hits.size() < limit) {
        hits.putIfAbsent(h.soc(), h);
      }
    }
    return List.copyOf(hits.values());
  }

  /** At most {@value #CANDIDATES} rows per source: enough to rank, bounded for one-letter queries. */
  private List<OccupationHit> candidates(String sql, String like) {
    return jdbc.sql(sql + " order by 2, 4 limit " + CANDIDATES).param(like).query(Occupations::hit).list();
  }

  private static final int CANDIDATES = 2000;

  Optional<Occupation> find(SocCode soc) {
    String code = soc.value();
    List<String> others = new ArrayList<>(jdbc.sql(
        "select title from soc_direct_match_title where soc_code = ? order by title").param(code)
        .query(String.class).list());
    jdbc.sql("""
        select a.title from onet_alternate_title a join onet_occupation n on n.onet_code = a.onet_code
        where n.soc_code = ? order by a.title""").param(code).query(String.class).list().stream()
        .filter(t -> others.stream().noneMatch(t::equalsIgnoreCase)).forEach(others::add);
    List<String> shown = others.subList(0, Math.min(12, others.size()));
    Optional<Occupation> fromSoc = jdbc.sql("""
        select o.soc_code, o.title, o.soc_level, coalesce(o.definition,
          (select n.description from onet_occupation n where n.onet_code = ?)) as definition
        from soc_occupation o where o.soc_code = ?""").param(code + ".00").param(code)
        .query((rs, i) -> new Occupation(code, rs.getString("title"), level(rs.getString("soc_level")),
            rs.getString("definition"), shown)).optional();
    if (fromSoc.isPresent()) {
      return fromSoc;
    }
    // The SOC list may not be loaded yet: name the occupation after whatever source knows it.
    return jdbc.sql("""
        select title, description from onet_occupation where soc_code = ?
        union all select title, null from ep_projection where soc_code = ?
        union all select occ_title, null from oews_estimate where soc_code = ? and occ_title is not null""")
        .param(code).param(code).param(code)
        .query((rs, i) -> new Occupation(code, rs.getString(1), null, rs.getString(2), shown))
        .list().stream().findFirst();
  }

  List<Area> areas(SocCode soc) {
    return oews.areas(soc);
  }

  List<WageRow> wages(SocCode soc, String areaCode) {
    return oews.wages(soc, areaCode);
  }

  List<WageRow> latestByArea(SocCode soc) {
    return oews.latestByStateArea(soc);
  }

  List<Projection> projections(SocCode soc) {
    return jdbc.sql("select * from ep_projection where soc_code = ? order by period desc").param(soc.value())
        .query((rs, i) -> new Projection(rs.getString("period"),
            Projection.people(rs.getBigDecimal("emp_base_thousands")),
            Projection.people(rs.getBigDecimal("emp_proj_thousands")),
            Projection.people(rs.getBigDecimal("change_thousands")), rs.getBigDecimal("change_percent"),
            Projection.people(rs.getBigDecimal("openings_annual_thousands")), rs.getBigDecimal("median_wage"),
            rs.getString("median_wage_flag"), rs.getString("entry_education"), rs.getString("work_experience"),
            rs.getString("training")))
        .list();
  }

  List<RelatedCredential> credentials(SocCode soc) {
    return jdbc.sql("""
        select c.code, c.name, c.issuer, c.status from credential_soc cs join credential c on c.code = cs.code
        where cs.soc_code = ? order by case when lower(c.status) = 'retired' then 1 else 0 end, c.name""")
        .param(soc.value())
        .query((rs, i) -> new RelatedCredential(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  List<RelatedProgram> programs(SocCode soc) {
    return jdbc.sql("""
        select p.cip_code, p.title from cip_soc x join cip_program p on p.cip_code = x.cip_code
        where x.soc_code = ? order by p.cip_code""").param(soc.value())
        .query((rs, i) -> new RelatedProgram(rs.getString(1), rs.getString(2))).list();
  }

  private static OccupationHit hit(ResultSet rs, int i) throws SQLException {
    return new OccupationHit(rs.getString(1), rs.getString(2), level(rs.getString(3)), rs.getString(4));
  }

  private static String level(String raw) {
    return raw == null ? null : raw.toLowerCase(Locale.ROOT);
  }

  /** {@code 2911} → {@code 29-11}, {@code 29-1141.00} → {@code 29-1141}. */
  static String codePrefix(String q) {
    String digits = q.replaceAll("\\.\\d{2}$", "").replace("-", "");
    return digits.length() <= 2 ? digits : digits.substring(0, 2) + "-" + digits.substring(2);
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
