package org.credval.core.articulation;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 comma-separated text: fields may be quoted, quotes doubled inside quotes, and quoted
 * fields may hold commas and line breaks. Each record keeps the line it starts on.
 */
final class Csv {

  record Record(int line, List<String> cells) {}

  private Csv() {}

  static List<Record> parse(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int start = 1;
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
      } else if (ch == '"' && cell.isEmpty()) {
        quoted = true;
        any = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || !cell.isEmpty()) {
          cells.add(cell.toString());
          records.add(new Record(start, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
        any = false;
        line++;
        start = line;
      } else {
        cell.append(ch);
        any = true;
      }
    }
    if (any || !cell.isEmpty()) {
      cells.add(cell.toString());
      records.add(new Record(start, List.copyOf(cells)));
    }
    return records;
  }

  static String line(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = cells.get(i) == null ? "" : cells.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }
}
