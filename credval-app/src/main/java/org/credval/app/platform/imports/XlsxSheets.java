package org.credval.app.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.parsers.SAXParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of xlsx sheets as text by streaming their XML, so that a BLS state or metropolitan
 * workbook (tens of thousands of rows by 32 columns) needs memory for its values, not for a
 * spreadsheet object model, which needs gigabytes. Cells come out as {@link TableReader} has always
 * given them: strings as written, numbers as the shortest decimal of the stored double ({@code
 * 32.66}, {@code 154187380}), booleans as {@code true}/{@code false}, errors and blanks as null.
 */
final class XlsxSheets {

  /** One sheet's rows (from the top, missing cells as null) and their 1-based row numbers. */
  record Sheet(String name, List<List<String>> rows, List<Long> lines) {}

  private XlsxSheets() {}

  /**
   * The sheets in workbook order whose name passes {@code wanted}, each read in full unless {@code
   * keepReading} says no after the first {@code probeRows} rows (a sheet without the expected header
   * is then given with only those rows).
   */
  static List<Sheet> read(byte[] bytes, Predicate<String> wanted, int probeRows, Predicate<List<List<String>>> keepReading)
      throws Exception {
    List<Sheet> out = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          String name = it.getSheetName();
          if (!wanted.test(name)) {
            continue;
          }
          Handler h = new Handler(strings, probeRows, keepReading);
          SAXParser parser = XMLHelper.getSaxParserFactory().newSAXParser();
          try {
            parser.parse(new InputSource(in), h);
          } catch (Probed stop) {
            // The first rows showed this is not the sheet wanted; the rest is not needed.
          }
          out.add(new Sheet(name, h.rows, h.lines));
        }
      }
    }
    return out;
  }

  private static final class Probed extends SAXException {
    Probed() {
      super("stopped after the first rows");
    }
  }

  /** Collects {@code <row>}/{@code <c>} elements of worksheet XML into text rows. */
  private static final class Handler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final int probeRows;
    private final Predicate<List<List<String>>> keepReading;
    private final Map<String, String> pool = new HashMap<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    private List<String> row;
    private int column;
    private String type;
    private final StringBuilder text = new StringBuilder();
    private boolean inValue;

    Handler(ReadOnlySharedStringsTable strings, int probeRows, Predicate<List<List<String>>> keepReading) {
      this.strings = strings;
      this.probeRows = probeRows;
      this.keepReading = keepReading;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "row" -> {
          row = new ArrayList<>();
          String r = atts.getValue("r");
          lines.add(r != null ? Long.parseLong(r) : lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1);
        }
        case "c" -> {
          String ref = atts.getValue("r");
          column = ref != null ? new CellReference(ref).getCol() : row.size();
          type = atts.getValue("t");
          text.setLength(0);
        }
        case "v", "t" -> inValue = true;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          while (row.size() < column) {
            row.add(null);
          }
          row.add(value());
        }
        case "row" -> {
          rows.add(row);
          if (rows.size() == probeRows && !keepReading.test(rows)) {
            throw new Probed();
          }
        }
        default -> { }
      }
    }

    private String value() {
      String v = text.toString();
      if (type == null || type.equals("n")) {
        if (v.isEmpty()) {
          return null;
        }
        BigDecimal d = BigDecimal.valueOf(Double.parseDouble(v)).stripTrailingZeros();
        return pooled(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
      }
      return switch (type) {
        case "s" -> pooled(strings.getItemAt(Integer.parseInt(v.strip())).getString());
        case "b" -> "1".equals(v) ? "true" : "false";
        case "e" -> null;
        default -> pooled(v);
      };
    }

    // BLS files repeat the same few texts (area names, "cross-industry", markers) on every row.
    private String pooled(String s) {
      return s.length() > 64 ? s : pool.computeIfAbsent(s, k -> k);
    }
  }
}
