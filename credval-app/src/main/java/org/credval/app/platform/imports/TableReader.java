package org.credval.app.platform.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text and xlsx files exactly as publishers release them: gzip or not, UTF-8 with or
 * without a byte-order mark or Windows-1252, comma, semicolon or tab delimited, header on the first
 * row or below a few title rows.
 */
public final class TableReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int HEADER_SEARCH_ROWS = 15;

  private TableReader() {}

  /**
   * Reads a delimited text file whose header contains every column of {@code required}.
   *
   * @param kind what the file should be, for the error message when it is not
   */
  public static Table csv(SourceFile file, List<String> required, String kind) throws IOException {
    return csv(file, file.readAllBytes(), List.of(required), kind);
  }

  /**
   * Reads a delimited text file or an xlsx workbook, whichever the content is, whose header has
   * every column of one of {@code layouts}. In a workbook the sheet named like {@code sheetName} is
   * read, or when it is null the first sheet with such a header. The caller tells the layouts apart
   * with {@link Table#hasColumn}.
   *
   * @param kind what the file should be, for the error message when it is not
   */
  public static Table read(SourceFile file, String sheetName, List<List<String>> layouts, String kind)
      throws IOException {
    byte[] bytes = file.readAllBytes();
    return looksLikeZip(bytes) ? xlsx(file, bytes, sheetName, layouts, kind) : csv(file, bytes, layouts, kind);
  }

  /**
   * The first cell of each of the first {@code maxRows} rows of the sheet named like {@code
   * sheetName}, or an empty list when the workbook has no such sheet: for notes that say what a
   * release is, such as "May 2024 OEWS Estimates" on the BLS "Field Descriptions" sheet.
   */
  public static List<String> sheetFirstCells(SourceFile file, String sheetName, int maxRows) throws IOException {
    byte[] bytes = file.readAllBytes();
    if (!looksLikeZip(bytes)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (XlsxSheets.Sheet sheet : sheets(file, bytes, sheetName, maxRows, rows -> false)) {
      for (List<String> row : sheet.rows()) {
        row.stream().limit(1).filter(v -> v != null && !v.isBlank()).forEach(v -> out.add(v.strip()));
      }
    }
    return out;
  }

  private static Table csv(SourceFile file, byte[] bytes, List<List<String>> layouts, String kind) throws IOException {
    if (looksLikeZip(bytes)) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " is a zip or xlsx workbook, not a delimited text file; expected " + kind);
    }
    String encoding;
    String text;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      encoding = "UTF-8 (with BOM)";
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else {
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
        encoding = "UTF-8";
      } catch (CharacterCodingException e) {
        text = new String(bytes, WINDOWS_1252);
        encoding = "windows-1252";
      }
    }
    if (text.isBlank()) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected " + kind);
    }
    char delimiter = guessDelimiter(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      long nextLine = 1;
      for (CSVRecord r : parser) {
        records.add(r.toList());
        lines.add(nextLine);
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
          file.name() + " cannot be parsed as delimited text: " + e.getMessage(), e);
    }
    return toTable(file, encoding, records, lines, layouts, kind, null);
  }

  /**
   * Reads the sheet named {@code sheetName} of an xlsx workbook, or when it is null the first sheet
   * whose header has the {@code required} columns.
   */
  public static Table xlsx(SourceFile file, String sheetName, List<String> required, String kind) throws IOException {
    return xlsx(file, file.readAllBytes(), sheetName, List.of(required), kind);
  }

  private static Table xlsx(SourceFile file, byte[] bytes, String sheetName, List<List<String>> layouts, String kind) {
    if (bytes.length == 0) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected " + kind);
    }
    if (!looksLikeZip(bytes)) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " is not an xlsx workbook (it does not start like one); expected " + kind);
    }
    List<XlsxSheets.Sheet> sheets = sheets(file, bytes, sheetName, HEADER_SEARCH_ROWS,
        sheetName != null ? rows -> true : rows -> headerRow(rows, layouts) >= 0);
    if (sheetName != null) {
      if (sheets.isEmpty()) {
        throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
            file.name() + " has no sheet named like '" + sheetName + "'; expected " + kind);
      }
      XlsxSheets.Sheet sheet = sheets.get(0);
      return toTable(file, "xlsx", sheet.rows(), sheet.lines(), layouts, kind, sheet.name());
    }
    ImportFileException firstProblem = null;
    for (XlsxSheets.Sheet sheet : sheets) {
      try {
        return toTable(file, "xlsx", sheet.rows(), sheet.lines(), layouts, kind, sheet.name());
      } catch (ImportFileException e) {
        // Publishers put notes, indexes and definitions in sheets of their own: look further.
        firstProblem = firstProblem == null ? e : firstProblem;
      }
    }
    throw firstProblem != null ? firstProblem
        : new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " has no sheets; expected " + kind);
  }

  /** The sheets named like {@code sheetName} (only the first such), or all sheets when it is null. */
  private static List<XlsxSheets.Sheet> sheets(SourceFile file, byte[] bytes, String sheetName, int probeRows,
      Predicate<List<List<String>>> keepReading) {
    boolean[] found = {false};
    Predicate<String> wanted = name -> {
      if (sheetName == null) {
        return true;
      }
      boolean match = !found[0] && name.strip().toLowerCase(Locale.ROOT).startsWith(sheetName.toLowerCase(Locale.ROOT));
      found[0] |= match;
      return match;
    };
    try {
      return XlsxSheets.read(bytes, wanted, probeRows, keepReading);
    } catch (Exception e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
          file.name() + " cannot be read as an xlsx workbook (truncated or damaged?): " + e.getMessage(), e);
    }
  }

  /** The index of the first row among the first rows that has every column of one of the layouts, or -1. */
  private static int headerRow(List<List<String>> records, List<List<String>> layouts) {
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, records.size()); i++) {
      Map<String, Integer> columns = columns(records.get(i));
      if (layouts.stream().anyMatch(l -> l.stream().allMatch(r -> columns.containsKey(TabularRow.normalize(r))))) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      columns.putIfAbsent(TabularRow.normalize(header.get(c)), c);
    }
    return columns;
  }

  private static Table toTable(SourceFile file, String encoding, List<List<String>> records, List<Long> lines,
      List<List<String>> layouts, String kind, String sheet) {
    int i = headerRow(records, layouts);
    if (i >= 0) {
      List<String> header = records.get(i);
      Map<String, Integer> columns = columns(header);
      List<TabularRow> rows = new ArrayList<>(records.size() - i);
      for (int r = i + 1; r < records.size(); r++) {
        rows.add(new TabularRow(lines.get(r), records.get(r), columns));
      }
      if (rows.isEmpty()) {
        throw new ImportFileException(ErrorCode.FILE_EMPTY,
            file.name() + " has a header but no data rows; expected " + kind);
      }
      return new Table(encoding, header, rows, preamble(records.subList(0, i)), sheet);
    }
    List<String> first = records.isEmpty() ? List.of() : records.get(0);
    if (layouts.size() > 1) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " does not look like " + kind + ": no header row with the columns of any of its layouts "
              + layouts + " in its first " + HEADER_SEARCH_ROWS + " rows (first row: "
              + abbreviate(String.join(", ", first.stream().map(String::valueOf).toList())) + ")");
    }
    List<String> required = layouts.get(0);
    List<String> missing = required.stream()
        .filter(r -> first.stream().noneMatch(h -> TabularRow.normalize(h).equals(TabularRow.normalize(r))))
        .toList();
    throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
        file.name() + " does not look like " + kind + ": no header row with the columns " + missing
            + " in its first " + HEADER_SEARCH_ROWS + " rows (first row: "
            + abbreviate(String.join(", ", first.stream().map(String::valueOf).toList())) + ")");
  }

  private static List<String> preamble(List<List<String>> above) {
    List<String> out = new ArrayList<>();
    for (List<String> row : above) {
      row.stream().filter(c -> c != null && !c.isBlank()).findFirst().ifPresent(c -> out.add(c.strip()));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static boolean looksLikeZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  // The delimiter that splits the file's head most consistently: the same number of fields on most
  // lines. Title rows above a header (BLS workbooks saved as text) have none; commas inside O*NET's
  // tab-delimited descriptions vary from line to line.
  private static char guessDelimiter(String text) {
    List<String> head = text.lines().filter(l -> !l.isBlank()).limit(HEADER_SEARCH_ROWS).toList();
    char best = ',';
    long bestLines = 0;
    int bestFields = 0;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      Map<Integer, Long> linesByCount = head.stream()
          .collect(java.util.stream.Collectors.groupingBy(l -> count(l, c), java.util.stream.Collectors.counting()));
      for (Map.Entry<Integer, Long> e : linesByCount.entrySet()) {
        if (e.getKey() == 0) {
          continue;
        }
        boolean better = e.getValue() > bestLines || (e.getValue() == bestLines && e.getKey() > bestFields);
        if (better) {
          best = c;
          bestLines = e.getValue();
          bestFields = e.getKey();
        }
      }
    }
    return best;
  }

  private static int count(String s, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == c && !quoted) {
        n++;
      }
    }
    return n;
  }
}
