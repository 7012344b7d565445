package org.credval.app.platform.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Collects what an importer reads: each row is accepted, rejected with a reason, recognised as a
 * duplicate of an earlier row with the same key (the first is kept), or skipped on purpose (a row
 * the store does not keep, such as a subtotal). Notes count accepted rows worth telling the person
 * loading the file about, such as a publisher's aggregate code.
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
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final Map<String, Map<String, Integer>> notes = new TreeMap<>();
  private ProgressListener progress = ProgressListener.NONE;
  private long progressScale;
  private long lastStep = -1;

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

  /** Counts a row left out on purpose, by the reason shown in the report; not an error. */
  public void skip(String why) {
    skipped.merge(why, 1, Integer::sum);
  }

  /** Counts an accepted row worth a line in the report, by what is worth telling. */
  public void note(String what) {
    note(what, "");
  }

  /**
   * Counts an accepted row worth a line in the report under {@code what}, naming the {@code detail}
   * (e.g. which code), so the report lists each detail once: "codes kept as aggregates: 21-1018,
   * 25-2052 (104 rows)".
   */
  public void note(String what, String detail) {
    notes.computeIfAbsent(what, k -> new TreeMap<>()).merge(detail, 1, Integer::sum);
  }

  public Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  /** The notes: the rows counted under each note's text. */
  public Map<String, Integer> notes() {
    Map<String, Integer> out = new TreeMap<>();
    notes.forEach((what, details) -> out.put(what, details.values().stream().mapToInt(Integer::intValue).sum()));
    return out;
  }

  /**
   * The skipped rows and notes in one line for the report, or null when there are none, e.g.
   * {@code skipped 95 rows (1 all-occupations total, 94 minor group); noted codes kept as
   * aggregates: 21-1018, 25-2052 (2 rows)}.
   */
  public String summary() {
    List<String> parts = new ArrayList<>();
    if (!skipped.isEmpty()) {
      StringBuilder s = new StringBuilder();
      skipped.forEach((k, n) -> s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(k));
      parts.add("skipped " + skipped.values().stream().mapToInt(Integer::intValue).sum() + " rows (" + s + ")");
    }
    notes.forEach((what, details) -> {
      int rows = details.values().stream().mapToInt(Integer::intValue).sum();
      parts.add(details.keySet().equals(Set.of(""))
          ? "noted " + rows + " " + what
          : "noted " + what + ": " + String.join(", ", details.keySet()) + " (" + rows + (rows == 1 ? " row)" : " rows)"));
    });
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  /**
   * Reports reading progress to {@code listener}, which counts in units of {@code scale} for the
   * whole file (the import service uses the file's size, so the bar keeps one unit throughout).
   */
  public void reportProgressTo(ProgressListener listener, long scale) {
    this.progress = listener;
    this.progressScale = scale;
  }

  /** Tells the progress listener that {@code done} of {@code total} rows are read. */
  public void progress(long done, long total) {
    if (total <= 0 || progressScale <= 0) {
      return;
    }
    long step = progressScale * Math.min(done, total) / total;
    // A step per percent is plenty for a bar and keeps a 100,000-row file from redrawing it each row.
    if (lastStep < 0 || step - lastStep >= progressScale / 100 || done == total) {
      lastStep = step;
      progress.step(step);
    }
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
