package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the labor market of every detailed occupation for a state and period from the OEWS and
 * Employment Projections tables. For each occupation it takes the state's latest OEWS estimate of
 * the period or earlier, and only when the state has none the nation's, labeled as a fallback.
 * Within a year the median is preferred to the mean (the reduced state file carries means only).
 */
@Repository
public class OccupationMarkets {

  static final String NATIONAL = "99";
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}");
  private static final List<String> WAGE_MEASURES = List.of("a_median", "a_mean", "h_median", "h_mean");
  private static final List<String> ENTRY_MEASURES = List.of("a_pct25", "h_pct25");

  private final JdbcClient jdbc;

  OccupationMarkets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The state's postal code, checked; throws a message that says how to write it. */
  public static String state(String raw) {
    String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if (!STATE.matcher(s).matches()) {
      throw new IllegalArgumentException("--state must be a two-letter postal code such as TX, not '" + raw + "'");
    }
    return s;
  }

  /** The period as a year, checked: the OEWS reference year (May estimates) a run reads. */
  public static int year(String raw) {
    String p = raw == null ? "" : raw.strip();
    if (!PERIOD.matcher(p).matches()) {
      throw new IllegalArgumentException("--period must be a year such as 2024 (OEWS May estimates of that year"
          + " or earlier are read), not '" + raw + "'");
    }
    return Integer.parseInt(p);
  }

  /** Everything known for {@code state} as of {@code year}. */
  public MarketSnapshot snapshot(String state, int year) {
    Optional<String[]> area = jdbc.sql("select area_code, title from oews_area where state = ? and area_type = 'state'"
            + " order by area_code").param(state)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream().findFirst();
    String stateArea = area.map(a -> a[0]).orElse(null);
    String stateName = area.map(a -> a[1]).orElse(state);
    Map<String, Map<String, Cell>> cells = new HashMap<>();
    jdbc.sql("""
        select ref_year, area_code, soc_code, measure, est_value, flag from oews_estimate
        where ref_year <= ? and (area_code = ? or area_code = ?)
          and measure in ('a_median', 'a_mean', 'h_median', 'h_mean', 'a_pct25', 'h_pct25')""")
        .param(year).param(NATIONAL).param(stateArea == null ? NATIONAL : stateArea)
        .query((rs, i) -> {
          BigDecimal v = rs.getBigDecimal("est_value");
          String flag = rs.getString("flag");
          if (v == null && flag != null && flag.strip().equals("#")) {
            v = topCode(rs.getInt("ref_year"), rs.getString("measure"));
          }
          if (v != null) {
            Cell c = new Cell(rs.getInt("ref_year"), rs.getString("area_code"), rs.getString("measure"), v,
                flag != null && flag.strip().equals("#"));
            cells.computeIfAbsent(rs.getString("soc_code"), k -> new HashMap<>()).merge(c.area() + "/" + c.measure(), c,
                (a, b) -> b.year() > a.year() ? b : a);
          }
          return 0;
        }).list();
    String projection = jdbc.sql("select max(period) from ep_projection where period <= ?")
        .param(year + "-99").query(String.class).optional().orElse(null);
    Map<SocCode, OccupationMarket> markets = new TreeMap<>();
    Map<String, Integer> postings = postings(state);
    WagePicker picker = new WagePicker(state, stateArea, stateName);
    if (projection != null) {
      jdbc.sql("""
          select p.soc_code, coalesce(s.title, p.title) as title, p.emp_base_thousands, p.change_percent,
            p.openings_annual_thousands, p.entry_education, p.occupation_type
          from ep_projection p left join soc_occupation s on s.soc_code = p.soc_code where p.period = ?""")
          .param(projection).query((rs, i) -> {
            String soc = rs.getString("soc_code");
            if (!SocCode.isValid(soc) || soc.endsWith("0000") || "Summary".equalsIgnoreCase(rs.getString("occupation_type"))) {
              return 0;
            }
            Map<String, Cell> c = cells.getOrDefault(soc, Map.of());
            markets.put(new SocCode(soc), new OccupationMarket(new SocCode(soc), rs.getString("title"),
                picker.pick(c, WAGE_MEASURES), picker.pick(c, ENTRY_MEASURES), people(rs.getBigDecimal("openings_annual_thousands")),
                rs.getBigDecimal("change_percent"), people(rs.getBigDecimal("emp_base_thousands")), projection,
                rs.getString("entry_education"), postings == null ? null : postings.getOrDefault(soc, 0)));
            return 0;
          }).list();
    }
    // Occupations with wages but no projection row still get their wages.
    jdbc.sql("select soc_code, title from soc_occupation where soc_level = 'detailed'").query((rs, i) -> {
      SocCode soc = new SocCode(rs.getString(1));
      Map<String, Cell> c = cells.get(soc.value());
      if (c != null && !markets.containsKey(soc)) {
        markets.put(soc, new OccupationMarket(soc, rs.getString(2), picker.pick(c, WAGE_MEASURES),
            picker.pick(c, ENTRY_MEASURES), null, null, null, null, null,
            postings == null ? null : postings.getOrDefault(soc.value(), 0)));
      }
      return 0;
    }).list();
    Map<String, Cell> all = cells.getOrDefault("00-0000", Map.of());
    BigDecimal allGrowth = projection == null ? null : jdbc.sql(
        "select change_percent from ep_projection where period = ? and soc_code = '00-0000'")
        .param(projection).query(BigDecimal.class).optional().orElse(null);
    return new MarketSnapshot(state, stateName, stateArea, year, projection, markets,
        picker.pick(all, ENTRY_MEASURES), allGrowth, postings != null);
  }

  /** Representative postings (not repeats) per SOC code in the state, or null when the state has none loaded. */
  private Map<String, Integer> postings(String state) {
    boolean table = jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'posting'")
        .query(Integer.class).single() > 0;
    if (!table) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("select soc_code, count(*) from posting where state = ? and duplicate_of is null and soc_code is not null"
        + " group by soc_code").param(state).query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2))).list();
    return counts.isEmpty() ? null : counts;
  }

  private static Long people(BigDecimal thousands) {
    return thousands == null ? null : thousands.movePointRight(3).longValue();
  }

  private static BigDecimal topCode(int year, String measure) {
    // The bound printed in the May 2022-2024 files: "$115.00 per hour or $239,200 per year".
    if (year < 2022 || year > 2024) {
      return null;
    }
    return measure.startsWith("a_") ? new BigDecimal("239200") : new BigDecimal("115.00");
  }

  record Cell(int year, String area, String measure, BigDecimal value, boolean topCoded) {}

  /** Picks the state's figure first, the nation's otherwise, in the order of the measures given. */
  private record WagePicker(String state, String stateArea, String stateName) {

    Wage pick(Map<String, Cell> cells, List<String> measures) {
      Wage w = stateArea == null ? null : pick(cells, measures, stateArea, stateName, null);
      if (w != null) {
        return w;
      }
      String why = stateArea == null ? "no " + state + " wages loaded" : "no " + state + " estimate loaded";
      return pick(cells, measures, NATIONAL, "United States", why);
    }

    private static Wage pick(Map<String, Cell> cells, List<String> measures, String area, String name, String fallback) {
      Cell best = null;
      for (String m : measures) {
        Cell c = cells.get(area + "/" + m);
        // A later year beats a preferred measure: last year's mean is better evidence than an older median.
        if (c != null && (best == null || c.year() > best.year())) {
          best = c;
        }
      }
      if (best == null) {
        return null;
      }
      boolean hourly = best.measure().startsWith("h_");
      BigDecimal annual = hourly ? best.value().multiply(BigDecimal.valueOf(2080)) : best.value();
      String measure = switch (best.measure().substring(2)) {
        case "median" -> "median";
        case "mean" -> "mean";
        default -> "25th-percentile";
      };
      return new Wage(Money.whole(annual), measure, best.year(), area, name, fallback, best.topCoded(), hourly);
    }
  }
}
