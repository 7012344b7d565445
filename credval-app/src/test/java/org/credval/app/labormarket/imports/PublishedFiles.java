package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the published files the plain way, independently of the importers, so that tests compare
 * what was stored with what the publisher wrote.
 */
final class PublishedFiles {

  private PublishedFiles() {}

  /** The records of a comma- (or {@code delimiter}-) separated file, gzip or not, as maps by header. */
  static List<Map<String, String>> csv(Path file, char delimiter) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .setTrim(true).get();
      List<Map<String, String>> out = new ArrayList<>();
      for (CSVRecord rec : format.parse(r)) {
        Map<String, String> m = new LinkedHashMap<>();
        rec.toMap().forEach((k, v) -> m.put(k.replace("\uFEFF", "").strip(), v));
        out.add(m);
      }
      return out;
    }
  }

  static List<Map<String, String>> csv(Path file) throws IOException {
    return csv(file, ',');
  }

  /**
   * The rows below the header row {@code headerRow} (1-based) of a sheet, as maps by header, with
   * cells as Excel shows them unformatted (numbers as {@link Cell#getNumericCellValue()}).
   */
  static List<Map<String, Object>> sheet(Path file, String sheetName, int headerRow) throws IOException {
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
      DataFormatter text = new DataFormatter();
      List<String> header = new ArrayList<>();
      List<Map<String, Object>> out = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() + 1 < headerRow) {
          continue;
        }
        if (row.getRowNum() + 1 == headerRow) {
          row.forEach(c -> header.add(text.formatCellValue(c).strip()));
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          Cell c = row.getCell(i);
          m.put(header.get(i), c == null ? null : switch (c.getCellType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            default -> null;
          });
        }
        out.add(m);
      }
      return out;
    }
  }
}
