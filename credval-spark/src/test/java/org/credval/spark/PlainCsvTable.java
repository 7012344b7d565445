package org.credval.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.credval.core.labormarket.OccupationRow;

/**
 * A CSV file read line by line without Spark, the reference that the Spark job is held to. RFC
 * 4180 quoting within a line; blank lines are skipped; line numbers are physical, header is line 1.
 */
record PlainCsvTable(List<String> header, List<Line> lines) {

  record Line(long number, List<String> cells) {
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }
  }

  static PlainCsvTable read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = split(reader.readLine());
      List<Line> lines = new ArrayList<>();
      long number = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        number++;
        if (!text.isBlank()) {
          lines.add(new Line(number, split(text)));
        }
      }
      return new PlainCsvTable(header, lines);
    }
  }

  int column(String name) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    return at;
  }

  /** The core rows, taking the group column only when the file has one. */
  List<OccupationRow> occupationRows(OccupationColumns columns) {
    int code = column(columns.code());
    int employment = column(columns.employment());
    int wage = column(columns.annualMedianWage());
    int group = header.indexOf(columns.group());
    List<OccupationRow> rows = new ArrayList<>(lines.size());
    for (Line l : lines) {
      rows.add(
          new OccupationRow(
              l.number(),
              l.cell(code),
              l.cell(employment),
              l.cell(wage),
              group < 0 ? null : l.cell(group)));
    }
    return rows;
  }

  static List<String> split(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
