package org.credval.app.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

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
    byte[] bytes = file.readAllBytes();
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
    return toTable(file, encoding, records, lines, required, kind);
  }

  /** Reads the sheet named {@code sheetName} (or the first sheet when null) of an xlsx workbook. */
  public static Table xlsx(SourceFile file, String sheetName, List<String> required, String kind) throws IOException {
    byte[] bytes = file.readAllBytes();
    if (bytes.length == 0) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected " + kind);
    }
    if (!looksLikeZip(bytes)) {
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " is not an xlsx workbook (it does not start like one); expected " + kind);
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = sheetName == null ? wb.getSheetAt(0) : findSheet(wb, sheetName);
      if (sheet == null) {
        throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
            file.name() + " has no sheet named like '" + sheetName + "'; expected " + kind);
      }
      List<List<String>> records = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(cellText(row.getCell(c)));
        }
        records.add(cells);
        lines.add((long) row.getRowNum() + 1);
      }
      return toTable(file, "xlsx", records, lines, required, kind);
    } catch (ImportFileException e) {
      throw e;
    } catch (Exception e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
          file.name() + " cannot be read as an xlsx workbook (truncated or damaged?): " + e.getMessage(), e);
    }
  }

  private static Sheet findSheet(Workbook wb, String namePrefix) {
    for (Sheet s : wb) {
      if (s.getSheetName().strip().toLowerCase().startsWith(namePrefix.toLowerCase())) {
        return s;
      }
    }
    return null;
  }

  private static String cellText(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> {
        BigDecimal d = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        yield d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
      }
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> null;
    };
  }

  private static Table toTable(SourceFile file, String encoding, List<List<String>> records, List<Long> lines,
      List<String> required, String kind) {
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, records.size()); i++) {
      Map<String, Integer> columns = new HashMap<>();
      List<String> header = records.get(i);
      for (int c = 0; c < header.size(); c++) {
        columns.putIfAbsent(TabularRow.normalize(header.get(c)), c);
      }
      if (required.stream().allMatch(r -> columns.containsKey(TabularRow.normalize(r)))) {
        List<TabularRow> rows = new ArrayList<>(records.size() - i);
        for (int r = i + 1; r < records.size(); r++) {
          rows.add(new TabularRow(lines.get(r), records.get(r), columns));
        }
        if (rows.isEmpty()) {
          throw new ImportFileException(ErrorCode.FILE_EMPTY,
              file.name() + " has a header but no data rows; expected " + kind);
        }
        return new Table(encoding, header, rows);
      }
    }
    List<String> first = records.isEmpty() ? List.of() : records.get(0);
    List<String> missing = required.stream()
        .filter(r -> first.stream().noneMatch(h -> TabularRow.normalize(h).equals(TabularRow.normalize(r))))
        .toList();
    throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
        file.name() + " does not look like " + kind + ": no header row with the columns " + missing
            + " in its first " + HEADER_SEARCH_ROWS + " rows (first row: "
            + abbreviate(String.join(", ", first.stream().map(String::valueOf).toList())) + ")");
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  private static boolean looksLikeZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  // The delimiter that splits some line of the file's head into the most fields; title rows above
  // the header (as in BLS workbooks saved as text) have few or none.
  private static char guessDelimiter(String text) {
    String[] head = text.lines().limit(HEADER_SEARCH_ROWS).toArray(String[]::new);
    char best = ',';
    int bestCount = 0;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      int max = 0;
      for (String line : head) {
        max = Math.max(max, count(line, c));
      }
      if (max > bestCount) {
        best = c;
        bestCount = max;
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
