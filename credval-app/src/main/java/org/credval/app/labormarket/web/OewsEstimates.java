package org.credval.app.labormarket.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the long-format {@code oews_estimate} table (one row per year, area, occupation and
 * measure) back into one {@link WageRow} per year and area.
 */
final class OewsEstimates {

  private static final String SELECT = """
      select e.ref_year, e.area_code, a.title as area_title, a.area_type, e.measure, e.est_value, e.flag
      from oews_estimate e left join oews_area a on a.area_code = e.area_code
      where e.soc_code = ?""";

  private final JdbcClient jdbc;

  OewsEstimates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The areas that have any estimate for the occupation: the nation first, then states, then others. */
  List<Area> areas(SocCode soc) {
    return jdbc.sql("""
        select distinct e.area_code, a.title, a.area_type from oews_estimate e
        left join oews_area a on a.area_code = e.area_code where e.soc_code = ?""").param(soc.value())
        .query((rs, i) -> area(rs.getString(1), rs.getString(2), rs.getString(3))).list().stream()
        .sorted(order()).toList();
  }

  /** Every year's estimates in one area (all areas when {@code areaCode} is null), oldest first. */
  List<WageRow> wages(SocCode soc, String areaCode) {
    JdbcClient.StatementSpec q = areaCode == null
        ? jdbc.sql(SELECT + " order by e.ref_year, e.area_code").param(soc.value())
        : jdbc.sql(SELECT + " and e.area_code = ? order by e.ref_year").param(soc.value()).param(areaCode);
    return group(q);
  }

  /** The latest year's headline estimates for the nation and each state, in area order. */
  List<WageRow> latestByStateArea(SocCode soc) {
    List<WageRow> rows = group(jdbc.sql(SELECT + " " + """
         and e.measure in ('employment', 'a_median', 'a_mean', 'h_median', 'h_mean')
         and (a.area_type in ('national', 'state') or (a.area_type is null and length(e.area_code) = 2))
        order by e.ref_year""").param(soc.value()));
    Map<String, WageRow> latest = new HashMap<>();
    rows.forEach(r -> latest.merge(r.areaCode(), r, (a, b) -> b.year() > a.year() ? b : a));
    return latest.values().stream()
        .sorted(Comparator.comparing((WageRow r) -> r.areaCode().equals(Area.NATIONAL) ? 0 : 1)
            .thenComparing(WageRow::areaTitle))
        .toList();
  }

  private static List<WageRow> group(JdbcClient.StatementSpec query) {
    Map<String, WageRow> rows = new LinkedHashMap<>();
    Map<String, Map<String, Estimate>> estimates = new HashMap<>();
    query.query((rs, i) -> new Cell(rs.getInt("ref_year"),
            area(rs.getString("area_code"), rs.getString("area_title"), rs.getString("area_type")),
            rs.getString("measure"), new Estimate(OewsTopCode.valueOf(rs.getInt("ref_year"), rs.getString("measure"),
                rs.getBigDecimal("est_value"), rs.getString("flag")), rs.getString("flag"))))
        .list()
        .forEach(c -> {
          String key = c.year() + "/" + c.area().code();
          estimates.computeIfAbsent(key, k -> new HashMap<>()).put(c.measure(), c.estimate());
          rows.putIfAbsent(key, new WageRow(c.year(), c.area().code(), c.area().title(), Map.of()));
        });
    List<WageRow> out = new ArrayList<>();
    rows.forEach((key, r) -> out.add(new WageRow(r.year(), r.areaCode(), r.areaTitle(), estimates.get(key))));
    return out;
  }

  private record Cell(int year, Area area, String measure, Estimate estimate) {}

  private static Area area(String code, String title, String type) {
    if (Area.NATIONAL.equals(code)) {
      // BLS titles the nation "U.S."; pages read better with the full name.
      title = "United States";
    } else if (title == null) {
      title = "Area " + code;
    }
    if (type == null && Area.NATIONAL.equals(code)) {
      type = "national";
    }
    return new Area(code, title, type);
  }

  private static Comparator<Area> order() {
    return Comparator.comparing((Area a) -> a.national() ? 0 : "state".equalsIgnoreCase(a.type()) ? 1 : 2)
        .thenComparing(Area::title);
  }
}
