package org.credval.app.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSheetsTest {

  private static byte[] workbook(Workbook wb) throws Exception {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("May 2024 OEWS Estimates");
      var sheet = wb.createSheet("data");
      var h = sheet.createRow(0);
      h.createCell(0).setCellValue("OCC_CODE");
      h.createCell(1).setCellValue("TOT_EMP");
      h.createCell(2).setCellValue("H_MEAN");
      h.createCell(3).setCellValue("ANNUAL");
      var r = sheet.createRow(3);
      r.createCell(0).setCellValue("29-1141");
      r.createCell(1).setCellValue(3282010.0);
      r.createCell(2).setCellValue(47.32);
      r.createCell(3).setCellValue(true);
      var gap = sheet.createRow(4);
      gap.createCell(2).setCellValue("*");
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void readsSharedAndInlineStringsNumbersAndBooleansAsTheObjectModelDid() throws Exception {
    for (byte[] bytes : List.of(workbook(new XSSFWorkbook()), workbook(new SXSSFWorkbook()))) {
      List<XlsxSheets.Sheet> sheets = XlsxSheets.read(bytes, "data"::equals, 15, rows -> true);
      assertThat(sheets).singleElement().satisfies(s -> {
        assertThat(s.lines()).containsExactly(1L, 4L, 5L);
        assertThat(s.rows().get(1)).containsExactly("29-1141", "3282010", "47.32", "true");
        assertThat(s.rows().get(2)).containsExactly(null, null, "*");
      });
    }
  }

  @Test
  void stopsReadingASheetWhoseFirstRowsAreNotWanted() throws Exception {
    List<XlsxSheets.Sheet> sheets = XlsxSheets.read(workbook(new XSSFWorkbook()), name -> true, 1, rows -> false);
    assertThat(sheets).extracting(XlsxSheets.Sheet::name).containsExactly("Notes", "data");
    assertThat(sheets.get(1).rows()).hasSize(1);
  }

  @Test
  void failsOnATruncatedWorkbook() throws Exception {
    byte[] whole = workbook(new XSSFWorkbook());
    assertThatThrownBy(() -> XlsxSheets.read(Arrays.copyOf(whole, whole.length / 2), name -> true, 15, rows -> true))
        .isInstanceOf(Exception.class);
  }
}
