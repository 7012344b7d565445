package org.credval.app.catalog.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.credval.app.catalog.CatalogRow;
import org.credval.app.labormarket.web.Estimate;
import org.credval.app.labormarket.web.OewsTopCode;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-side queries behind the credential pages and API: search with filters, and a credential
 * with its names, occupations (with national wages and openings), stack links and history.
 */
@Repository
class CredentialPages {

  private final JdbcClient jdbc;

  CredentialPages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Credentials whose name, alias, code or issuer contains the query; active ones first. */
  List<CredentialHit> search(String query, String industry, String type, int limit) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    StringBuilder sql = new StringBuilder("""
        select c.code, c.name, c.issuer, c.credential_type, c.industry, c.status,
          (select min(a.alias) from credential_alias a where a.code = c.code and lower(a.alias) like :q escape '\\')
            as matched
        from credential c where 1 = 1""");
    Map<String, Object> params = new HashMap<>();
    params.put("q", like);
    if (!q.isEmpty()) {
      // The leading space matters: a text block drops its common indentation.
      sql.append(" ").append("""
           and (lower(c.name) like :q escape '\\' or lower(c.code) like :q escape '\\'
             or lower(c.issuer) like :q escape '\\'
             or exists (select 1 from credential_alias a where a.code = c.code and lower(a.alias) like :q escape '\\'))""");
    }
    if (industry != null && !industry.isBlank()) {
      sql.append(" and c.industry = :industry");
      params.put("industry", industry.strip());
    }
    if (type != null && !type.isBlank()) {
      sql.append(" and c.credential_type = :type");
      params.put("type", type.strip());
    }
    sql.append(" order by case when lower(c.status) = 'retired' then 1 else 0 end, c.name limit :limit");
    params.put("limit", limit);
    return jdbc.sql(sql.toString()).params(params)
        .query((rs, i) -> new CredentialHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), q.isEmpty() || contains(rs.getString(2), q) ? null : rs.getString(7)))
        .list();
  }

  List<String> industries() {
    return jdbc.sql("select distinct industry from credential where industry is not null order by industry")
        .query(String.class).list();
  }

  List<String> types() {
    return jdbc.sql("select distinct credential_type from credential order by credential_type").query(String.class).list();
  }

  Optional<CredentialDetail> find(CredentialCode code) {
    String c = code.value();
    return jdbc.sql("select * from credential where code = ?").param(c)
        .query((rs, i) -> new CredentialDetail(c, rs.getString("name"), aliases(c), rs.getString("issuer"),
            rs.getString("credential_type"), rs.getBoolean("third_party"), rs.getBoolean("exam_based"),
            rs.getString("accreditation"), rs.getString("industry"), rs.getString("url"), rs.getBigDecimal("cost_usd"),
            (Integer) rs.getObject("hours", Integer.class), rs.getString("status"), rs.getInt("version"),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"),
            occupations(c), stacks(c, true), stacks(c, false), history(c)))
        .optional();
  }

  private List<String> aliases(String code) {
    return jdbc.sql("select alias from credential_alias where code = ? order by alias").param(code)
        .query(String.class).list();
  }

  private List<LinkedOccupation> occupations(String code) {
    List<String[]> links = jdbc.sql("""
        select cs.soc_code, coalesce(o.title, (select max(p.title) from ep_projection p where p.soc_code = cs.soc_code))
        from credential_soc cs left join soc_occupation o on o.soc_code = cs.soc_code
        where cs.code = ? order by cs.soc_code""").param(code)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    if (links.isEmpty()) {
      return List.of();
    }
    List<String> socs = links.stream().map(l -> l[0]).toList();
    Map<String, Object[]> wage = new HashMap<>();
    jdbc.sql("""
        select soc_code, ref_year, est_value, flag from oews_estimate
        where area_code = '99' and measure = 'a_median' and soc_code in (:socs) order by ref_year""")
        .param("socs", socs)
        .query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2),
            OewsTopCode.valueOf(rs.getInt(2), "a_median", rs.getBigDecimal(3), rs.getString(4)), rs.getString(4)})
        .list()
        .forEach(r -> wage.put((String) r[0], r));
    Map<String, Object[]> openings = new HashMap<>();
    jdbc.sql("select soc_code, period, openings_annual_thousands from ep_projection where soc_code in (:socs) order by period")
        .param("socs", socs)
        .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBigDecimal(3)}).list()
        .forEach(r -> openings.put((String) r[0], r));
    List<LinkedOccupation> out = new ArrayList<>();
    for (String[] l : links) {
      Object[] w = wage.get(l[0]);
      Object[] p = openings.get(l[0]);
      BigDecimal thousands = p == null ? null : (BigDecimal) p[2];
      out.add(new LinkedOccupation(l[0], l[1] == null ? "SOC " + l[0] : l[1], w == null ? null : (Integer) w[1],
          w == null ? Estimate.MISSING : new Estimate((BigDecimal) w[2], (String) w[3]),
          p == null ? null : (String) p[1], thousands == null ? null : thousands.movePointRight(3).longValue()));
    }
    return out;
  }

  private List<LinkedCredential> stacks(String code, boolean into) {
    String sql = into
        ? "select c.code, c.name, c.status from credential_stack s join credential c on c.code = s.to_code where s.from_code = ? order by c.name"
        : "select c.code, c.name, c.status from credential_stack s join credential c on c.code = s.from_code where s.to_code = ? order by c.name";
    return jdbc.sql(sql).param(code)
        .query((rs, i) -> new LinkedCredential(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  private List<HistoryEntry> history(String code) {
    return jdbc.sql("select * from credential_change where code = ? order by changed_at desc, id desc").param(code)
        .query((rs, i) -> new HistoryEntry(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
            rs.getString("changed_by"), rs.getString("change_type"), rs.getString("reason"),
            CatalogRow.parse(rs.getString("after_state")).changesFrom(
                rs.getString("before_state") == null ? null : CatalogRow.parse(rs.getString("before_state")))))
        .list();
  }

  private static boolean contains(String text, String q) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(q);
  }
}
