package org.credval.app.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects what an importer reads: each row is accepted, rejected with a reason, or recognised as
 * a duplicate of an earlier row with the same key (the first is kept).
 */
public final class RowSink<R> {

  private final String fileName;
  private final Function<R, Object> key;
  private final Map<Object, Long> firstLineByKey = new HashMap<>();
  private final List<R> accepted = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private long rowsRead;
  private int rejected;
  private int duplicates;
  private String encoding;

  public RowSink(String fileName, Function<R, Object> key) {
    this.fileName = fileName;
    this.key = key;
  }

  /** Counts a data row read from the file, whatever becomes of it. */
  public void read() {
    rowsRead++;
  }

  public void accept(long line, R row) {
    Object k = key.apply(row);
    Long first = firstLineByKey.putIfAbsent(k, line);
    if (first != null) {
      duplicates++;
      rejections.add(new Rejection(fileName, line, null,
          "duplicate of line " + first + " (same key " + k + "); the first row is kept",
          ErrorCode.DUPLICATE_KEY, null));
      return;
    }
    accepted.add(row);
  }

  public void reject(long line, String field, String reason, ErrorCode code, String rawValue) {
    rejected++;
    rejections.add(new Rejection(fileName, line, field, reason, code, rawValue));
  }

  /** Records the character set the file was decoded with, for the report. */
  public void encoding(String encoding) {
    this.encoding = encoding;
  }

  public String encoding() {
    return encoding;
  }

  public String fileName() {
    return fileName;
  }

  public List<R> accepted() {
    return accepted;
  }

  public List<Rejection> rejections() {
    return rejections;
  }

  public long rowsRead() {
    return rowsRead;
  }

  public int rejected() {
    return rejected;
  }

  public int duplicates() {
    return duplicates;
  }
}
