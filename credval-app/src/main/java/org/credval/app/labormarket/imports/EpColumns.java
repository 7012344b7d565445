package org.credval.app.labormarket.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Table;

/**
 * Which column of an Employment Projections table (1.2 or 1.10) holds what. BLS puts the years
 * into the headers ("2024 National Employment Matrix code", "Employment, 2034", "Occupational
 * openings, 2024–34 annual average"), so columns are found by what their header starts with and the
 * projection period is read from the table's title or, in CSV conversions without it, the headers.
 */
final class EpColumns {

  static final String TITLE = "title";
  static final String TYPE = "occupation_type";
  static final String MEDIAN_WAGE = "median_wage";
  /** Columns whose values are numbers, in the order of the table's columns. */
  static final List<String> NUMBERS = List.of("emp_base_thousands", "emp_proj_thousands", "change_thousands",
      "change_percent", "openings_annual_thousands", MEDIAN_WAGE, "exits_annual_thousands",
      "transfers_annual_thousands", "separations_annual_thousands");
  static final List<String> TEXTS = List.of("entry_education", "work_experience", "training");

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[–—-]\\s*(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern EMPLOYMENT_YEAR = Pattern.compile("employment, \\d{4}");

  private final Map<String, String> headerOf = new LinkedHashMap<>();
  private final String code;
  private final String period;

  private EpColumns(String code, String period) {
    this.code = code;
    this.period = period;
  }

  /** The columns of {@code table}, or a wrong-kind refusal when it is not an EP occupation table. */
  static EpColumns of(Table table, String fileName) {
    String codeHeader = null;
    List<String> employment = new ArrayList<>();
    Map<String, String> found = new LinkedHashMap<>();
    for (String h : table.header()) {
      String n = h == null ? "" : h.strip().toLowerCase(Locale.ROOT);
      if (n.endsWith("national employment matrix code")) {
        codeHeader = h;
      } else if (n.endsWith("national employment matrix title")) {
        found.put(TITLE, h);
      } else if (n.equals("occupation type")) {
        found.put(TYPE, h);
      } else if (EMPLOYMENT_YEAR.matcher(n).matches()) {
        employment.add(h);
      } else {
        prefixed(n).ifPresent(column -> found.putIfAbsent(column, h));
      }
    }
    if (codeHeader == null || !found.containsKey(TITLE) || employment.size() != 2) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND, fileName + (table.sheet() == null ? "" : " sheet '" + table.sheet() + "'")
          + " is not a BLS Employment Projections occupation table (Table 1.2 or 1.10): expected columns like"
          + " '2024 National Employment Matrix code', '… title' and 'Employment, 2024' / 'Employment, 2034'");
    }
    EpColumns c = new EpColumns(codeHeader, period(table));
    c.headerOf.put("emp_base_thousands", employment.get(0));
    c.headerOf.put("emp_proj_thousands", employment.get(1));
    c.headerOf.putAll(found);
    return c;
  }

  private static Optional<String> prefixed(String n) {
    String column = null;
    if (n.startsWith("employment change, numeric")) {
      column = "change_thousands";
    } else if (n.startsWith("employment change, percent")) {
      column = "change_percent";
    } else if (n.startsWith("occupational openings")) {
      column = "openings_annual_thousands";
    } else if (n.startsWith("median annual wage")) {
      column = MEDIAN_WAGE;
    } else if (n.startsWith("labor force exits,")) {
      column = "exits_annual_thousands";
    } else if (n.startsWith("occupational transfers,")) {
      column = "transfers_annual_thousands";
    } else if (n.startsWith("total occupational separations,")) {
      column = "separations_annual_thousands";
    } else if (n.startsWith("typical education needed for entry")) {
      column = "entry_education";
    } else if (n.startsWith("work experience in a related occupation")) {
      column = "work_experience";
    } else if (n.startsWith("typical on-the-job training")) {
      column = "training";
    }
    return Optional.ofNullable(column);
  }

  // "Table 1.2 Occupational projections, 2024–2034, …" or, failing a title, "Employment change, numeric, 2024–34".
  private static String period(Table table) {
    List<String> candidates = new ArrayList<>(table.preamble());
    table.header().stream().filter(h -> h != null && h.toLowerCase(Locale.ROOT).startsWith("employment change"))
        .forEach(candidates::add);
    for (String s : candidates) {
      Matcher m = PERIOD.matcher(s);
      if (m.find()) {
        String end = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
        return m.group(1) + "-" + end;
      }
    }
    return null;
  }

  String code() {
    return code;
  }

  /** The projection period such as {@code 2024-2034}, or null when the table does not say. */
  String period() {
    return period;
  }

  /** The columns this table has, by their {@code ep_projection} name, with the header of each. */
  Map<String, String> headers() {
    return headerOf;
  }
}
