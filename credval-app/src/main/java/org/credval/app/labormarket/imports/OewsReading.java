package org.credval.app.labormarket.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.TabularRow;
import org.credval.core.code.SocCode;

/**
 * Reading one OEWS file, whatever its layout: checks each row's code, level and numbers the same
 * way, and hands the rows to the sink at the end, once an occupation published twice has been
 * recognised.
 *
 * <p>BLS publishes seven broad occupations that have a single detailed occupation (13-1020,
 * 13-2020, 29-2010, 31-1120, 39-7010, 47-4090, 51-2090) twice, as a broad and as a detailed row
 * with the same estimates. Only one row fits the key (year, area, code, measure), so such a pair is
 * kept once, as "detailed" (the level OEWS counts it at), and noted in the report. Two rows with the
 * same key and different estimates are a real duplicate: the second is rejected.
 */
final class OewsReading {

  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?i)(?:^|[^a-z])m_?(\\d{4})(?!\\d)");
  private static final Set<String> KEPT_GROUPS = Set.of("major", "broad", "detailed");

  private record Lined(long line, OewsRow row) {}

  private final SourceFile file;
  private final RowSink<OewsRow> sink;
  private final SocCodeCheck check;
  private final boolean authoritative;
  private final List<Lined> rows = new ArrayList<>();
  private final Map<List<Object>, Integer> firstByKey = new HashMap<>();

  OewsReading(SourceFile file, RowSink<OewsRow> sink, SocCodeCheck check, boolean authoritative) {
    this.file = file;
    this.sink = sink;
    this.check = check;
    this.authoritative = authoritative;
  }

  SourceFile file() {
    return file;
  }

  RowSink<OewsRow> sink() {
    return sink;
  }

  /**
   * Checks a row and keeps it. {@code group} is the file's O_GROUP, or null for files without one,
   * where the level follows from the shape of the code.
   */
  void add(TabularRow row, int year, OewsArea area, String codeColumn, String title, String group,
      Map<OewsMeasure, String> columns) {
    String raw = row.get(codeColumn);
    String level = group == null ? null : group.toLowerCase(Locale.ROOT);
    if (SocCodeCheck.ALL_OCCUPATIONS.equals(raw) || "total".equals(level)) {
      sink.skip("all-occupations total");
      return;
    }
    SocCode code = check.accept(sink, row.line(), codeColumn, raw);
    if (code == null) {
      return;
    }
    if (level == null) {
      level = code.level().name().toLowerCase(Locale.ROOT);
    }
    if ("minor".equals(level)) {
      sink.skip("minor group");
      return;
    }
    if (!KEPT_GROUPS.contains(level)) {
      sink.reject(row.line(), "O_GROUP", "the occupation level must be total, major, minor, broad or detailed",
          ErrorCode.BAD_VALUE, group);
      return;
    }
    Map<OewsMeasure, PublishedValue> values = new EnumMap<>(OewsMeasure.class);
    for (Map.Entry<OewsMeasure, String> c : columns.entrySet()) {
      String cell = row.get(c.getValue());
      try {
        PublishedValue v = PublishedValue.parse(cell);
        if (v != null) {
          values.put(c.getKey(), v);
        }
      } catch (NumberFormatException e) {
        sink.reject(row.line(), c.getValue(), e.getMessage(), ErrorCode.BAD_NUMBER, cell);
        return;
      }
    }
    keep(row.line(), new OewsRow(year, area, code, title, level, values, authoritative));
  }

  private void keep(long line, OewsRow row) {
    Integer first = firstByKey.get(row.key());
    if (first != null) {
      OewsRow earlier = rows.get(first).row();
      boolean broadAndDetailed = !earlier.group().equals(row.group())
          && Set.of(earlier.group(), row.group()).equals(Set.of("broad", "detailed"));
      if (broadAndDetailed && earlier.values().equals(row.values())) {
        rows.set(first, new Lined(rows.get(first).line(), earlier.withGroup("detailed")));
        sink.note("occupations published as both broad and detailed, kept once as detailed", row.soc().value());
        return;
      }
    } else {
      firstByKey.put(row.key(), rows.size());
    }
    rows.add(new Lined(line, row));
  }

  /** Hands every kept row to the sink, which reports real duplicates. */
  void finish() {
    rows.forEach(r -> sink.accept(r.line(), r.row()));
  }

  /**
   * The release year: {@code --set year=} or what the file states ({@code stated}, may be null); when
   * both are given they must agree.
   *
   * @param statedBy where the file states it, for the message
   */
  int releaseYear(Integer stated, String statedBy) {
    Integer option = optionYear();
    if (option != null && stated != null && !option.equals(stated)) {
      throw new ImportFileException(ErrorCode.BAD_VALUE, file.name() + " is the May " + stated + " release ("
          + statedBy + ") but --set year=" + option + " was given; drop the option or correct it");
    }
    if (option != null) {
      return option;
    }
    if (stated != null) {
      return stated;
    }
    throw new ImportFileException(ErrorCode.OPTION_REQUIRED, file.name()
        + " does not state which year's estimates it holds (neither in its name, like national_M2024_dl.xlsx, nor"
        + " inside); give it with --set year=YYYY, e.g. credval import oews " + file.name() + " --set year=2023");
  }

  /** The {@code year} option, or null when none was given. */
  Integer optionYear() {
    String y = file.options().get("year");
    if (y == null) {
      return null;
    }
    if (!y.strip().matches("(199[7-9]|20\\d\\d)")) {
      throw new ImportFileException(ErrorCode.BAD_VALUE, "--set year=" + y + " is not a year OEWS published (1997 or later)");
    }
    return Integer.valueOf(y.strip());
  }

  /** The year in a BLS file name such as {@code national_M2024_dl.xlsx} or {@code all_data_M_2023.xlsx}. */
  static Integer yearInName(String name) {
    Matcher m = YEAR_IN_NAME.matcher(name);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
