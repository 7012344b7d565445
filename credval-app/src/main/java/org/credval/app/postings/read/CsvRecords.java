package org.credval.app.postings.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.TabularRow;

/**
 * A CSV file with a header row, read lazily record by record (quoted fields may span lines), UTF-8
 * with or without a byte-order mark. {@link org.credval.app.platform.imports.TableReader} holds a
 * whole table in memory, which suits reference files but not posting exports of any size.
 */
final class CsvRecords implements AutoCloseable {

  private final CSVParser parser;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();

  private CsvRecords(CSVParser parser, List<String> header) {
    this.parser = parser;
    this.header = header;
    for (int c = 0; c < header.size(); c++) {
      columns.putIfAbsent(normalize(header.get(c)), c);
    }
  }

  static CsvRecords open(SourceFile file) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16);
    in.mark(1);
    if (in.read() != '\ufeff') {
      in.reset();
    }
    CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180);
    Iterator<CSVRecord> it = parser.iterator();
    if (!it.hasNext()) {
      parser.close();
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty; expected a CSV file with a header row");
    }
    return new CsvRecords(parser, it.next().toList());
  }

  List<String> header() {
    return header;
  }

  boolean has(String column) {
    return columns.containsKey(normalize(column));
  }

  /** The data rows, each with the line it starts on. */
  Stream<TabularRow> rows() {
    Iterator<CSVRecord> records = parser.iterator();
    Iterator<TabularRow> it = new Iterator<>() {
      long nextLine = parser.getCurrentLineNumber() + 1;

      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new ImportFileException(ErrorCode.FILE_UNREADABLE,
              "the CSV cannot be parsed after line " + nextLine + ": " + e.getMessage(), e);
        }
      }

      @Override
      public TabularRow next() {
        CSVRecord r = records.next();
        TabularRow row = new TabularRow(nextLine, r.toList(), columns);
        nextLine = parser.getCurrentLineNumber() + 1;
        return row;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false).onClose(this::close);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Same rule as TabularRow: header names match ignoring case and surrounding spaces.
  static String normalize(String header) {
    return header == null ? "" : header.replace('\u00a0', ' ').strip().toLowerCase(java.util.Locale.ROOT);
  }
}
