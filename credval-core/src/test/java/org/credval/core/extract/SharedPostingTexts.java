package org.credval.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.credval.core.SharedData;
import org.credval.core.json.JsonParser;
import org.junit.jupiter.api.Assumptions;

/**
 * Every text of every posting file in the shared data folder: each string value of each JSON
 * record and each cell of each CSV row, read without the posting readers so that the texts are
 * exactly as published. The folder is the first of {@link SharedData#candidates()} that has
 * posting files; tests that use it are skipped, saying so, when none has.
 */
final class SharedPostingTexts {

  private SharedPostingTexts() {}

  /** The posting files (job-postings-* and usajobs-* folders), or a skipped test when there are none. */
  static List<Path> files() throws IOException {
    List<Path> roots = SharedData.candidates();
    for (Path root : roots) {
      Path data = root.resolve("data");
      if (Files.isDirectory(data)) {
        try (Stream<Path> all = Files.walk(data)) {
          List<Path> files = all.filter(Files::isRegularFile)
              .filter(p -> p.getParent().getFileName().toString().matches("job-postings-.*|usajobs-.*"))
              .filter(p -> p.getFileName().toString().matches(".*\\.(jsonl|json|csv)(\\.gz)?"))
              .sorted().toList();
          if (!files.isEmpty()) {
            return files;
          }
        }
      }
    }
    Assumptions.abort("skipped: no posting files under data/ in " + roots
        + " (set -Dcredval.shared.dir=<folder holding data/>)");
    return List.of();
  }

  /** Hands every text of {@code file} to {@code sink}, in file order. */
  static void forEachText(Path file, Consumer<String> sink) throws IOException {
    String name = file.getFileName().toString();
    try (BufferedReader in = new BufferedReader(open(file))) {
      if (name.contains(".jsonl")) {
        String line;
        while ((line = in.readLine()) != null) {
          if (!line.isBlank()) {
            strings(JsonParser.parse(line), sink);
          }
        }
      } else if (name.contains(".json")) {
        StringBuilder all = new StringBuilder();
        in.lines().forEach(l -> all.append(l).append('\n'));
        strings(JsonParser.parse(all.toString()), sink);
      } else {
        csvCells(in, sink);
      }
    }
  }

  private static Reader open(Path file) throws IOException {
    var raw = Files.newInputStream(file);
    var bytes = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new InputStreamReader(bytes, StandardCharsets.UTF_8);
  }

  private static void strings(Object json, Consumer<String> sink) {
    if (json instanceof String s) {
      sink.accept(s);
    } else if (json instanceof Map<?, ?> m) {
      m.values().forEach(v -> strings(v, sink));
    } else if (json instanceof List<?> l) {
      l.forEach(v -> strings(v, sink));
    }
  }

  /** RFC 4180 cells: quoted cells may hold commas, line breaks and doubled quotes. */
  private static void csvCells(Reader in, Consumer<String> sink) throws IOException {
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int c;
    while ((c = in.read()) >= 0) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              in.reset();
            }
          }
        } else {
          cell.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        sink.accept(strip(cell));
        cell.setLength(0);
      } else {
        cell.append((char) c);
      }
    }
    if (cell.length() > 0) {
      sink.accept(strip(cell));
    }
  }

  private static String strip(StringBuilder cell) {
    int n = cell.length();
    return n > 0 && cell.charAt(n - 1) == '\r' ? cell.substring(0, n - 1) : cell.toString();
  }
}
