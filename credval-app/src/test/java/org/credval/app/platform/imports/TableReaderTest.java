package org.credval.app.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {

  @TempDir Path dir;

  private SourceFile file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return SourceFile.of(p);
  }

  @Test
  void readsUtf8WithByteOrderMarkAndSemicolons() throws IOException {
    byte[] body = "CODE;TITLE\n11-1011;Directores ejecutivos – Niño\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Table t = TableReader.csv(file("bom.csv", bytes), List.of("code", "title"), "a test file");
    assertThat(t.encoding()).isEqualTo("UTF-8 (with BOM)");
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.get("CODE")).isEqualTo("11-1011");
      assertThat(r.get("title")).isEqualTo("Directores ejecutivos – Niño");
      assertThat(r.line()).isEqualTo(2);
    });
  }

  @Test
  void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws IOException {
    byte[] bytes = "CODE,TITLE\n11-1011,Café manager\n".getBytes(Charset.forName("windows-1252"));
    Table t = TableReader.csv(file("cp1252.csv", bytes), List.of("CODE"), "a test file");
    assertThat(t.encoding()).isEqualTo("windows-1252");
    assertThat(t.rows().get(0).get("TITLE")).isEqualTo("Café manager");
  }

  @Test
  void readsGzipTabDelimitedTextAndFindsTheHeaderBelowTitleRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write("Table 1.2 Projections\n\nCode\tTitle\n29-1141\tRegistered Nurses\n".getBytes(StandardCharsets.UTF_8));
    }
    Table t = TableReader.csv(file("t.txt", out.toByteArray()), List.of("Code", "Title"), "a test file");
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.get("Title")).isEqualTo("Registered Nurses");
      assertThat(r.line()).isEqualTo(4);
    });
  }

  @Test
  void reportsLineNumbersOfRecordsAfterQuotedLineBreaks() throws IOException {
    String csv = "CODE,TITLE\n11-1011,\"two\nlines\"\n11-1021,after\n";
    Table t = TableReader.csv(file("multi.csv", csv.getBytes(StandardCharsets.UTF_8)), List.of("CODE"), "x");
    assertThat(t.rows()).extracting(TabularRow::line).containsExactly(2L, 4L);
  }

  @Test
  void rejectsShiftedRowsAndKeepsTheGoodOnes() throws IOException {
    String csv = "CODE,TITLE,EMP\n11-1011,Chief Executives,100\n11-1021,General, Managers,200\n11-2011,Advertising,300\n";
    Table t = TableReader.csv(file("shift.csv", csv.getBytes(StandardCharsets.UTF_8)), List.of("CODE"), "x");
    RowSink<String> sink = new RowSink<>("shift.csv", s -> s);
    List<String> kept = new ArrayList<>();
    t.forEachRow(sink, r -> kept.add(r.get("CODE")));
    assertThat(kept).containsExactly("11-1011", "11-2011");
    assertThat(sink.rowsRead()).isEqualTo(3);
    assertThat(sink.rejections()).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(3);
      assertThat(r.code()).isEqualTo(ErrorCode.ROW_SHAPE);
      assertThat(r.describe()).contains("shift.csv:3").contains("4 fields but the header has 3");
    });
  }

  @Test
  void refusesAFileOfTheWrongKindNamingTheMissingColumns() throws IOException {
    byte[] bytes = "O*NET-SOC Code\tTitle\n11-1011.00\tChief Executives\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TableReader.csv(file("onet.txt", bytes), List.of("OCC_CODE", "TOT_EMP"), "an OEWS file"))
        .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_WRONG_KIND))
        .hasMessageContaining("onet.txt does not look like an OEWS file")
        .hasMessageContaining("[OCC_CODE, TOT_EMP]");
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertThatThrownBy(() -> TableReader.csv(file("empty.csv", new byte[0]), List.of("A"), "x"))
        .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_EMPTY));
  }

  @Test
  void readsAnXlsxSheetAndRefusesATruncatedCopy() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("data");
      var h = sheet.createRow(0);
      h.createCell(0).setCellValue("OCC_CODE");
      h.createCell(1).setCellValue("A_MEDIAN");
      var r = sheet.createRow(1);
      r.createCell(0).setCellValue("29-1141");
      r.createCell(1).setCellValue(93600.0);
      var r2 = sheet.createRow(2);
      r2.createCell(0).setCellValue("29-1228");
      r2.createCell(1).setCellValue("#");
      wb.write(out);
    }
    byte[] whole = out.toByteArray();
    Table t = TableReader.xlsx(file("ok.xlsx", whole), null, List.of("OCC_CODE", "A_MEDIAN"), "x");
    assertThat(t.rows()).extracting(row -> row.get("A_MEDIAN")).containsExactly("93600", "#");

    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> TableReader.xlsx(file("half.xlsx", half), null, List.of("OCC_CODE"), "x"))
        .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_UNREADABLE))
        .hasMessageContaining("half.xlsx cannot be read as an xlsx workbook");
  }

  @Test
  void refusesTextGivenAsAWorkbook() throws IOException {
    assertThatThrownBy(() -> TableReader.xlsx(file("x.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), null, List.of("a"), "x"))
        .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_WRONG_KIND));
  }
}
