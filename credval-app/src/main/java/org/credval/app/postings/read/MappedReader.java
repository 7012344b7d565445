package org.credval.app.postings.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.SourceFile;
import tools.jackson.databind.JsonNode;

/**
 * Any job-board export, CSV or JSON Lines (told apart by the first character), read through a
 * {@link ColumnMapping}. A mapping that names a column the file does not have stops the whole file
 * before anything is read, naming the column: a misspelt mapping would otherwise quietly read no text.
 */
public final class MappedReader implements PostingReader {

  // JSON Lines omit empty fields, so a field counts as present when any of the first records has it.
  private static final int KEY_SAMPLE_LINES = 1000;

  private final ColumnMapping mapping;

  public MappedReader(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public Stream<PostingRecord> read(SourceFile file) throws IOException {
    if (firstChar(file) == '{') {
      checkColumns(file, jsonKeys(file), "its first " + KEY_SAMPLE_LINES + " JSON lines have no field");
      long[] n = {0};
      return JsonLines.read(file).map(line -> {
        n[0]++;
        return line.rejection() != null ? PostingRecord.rejected(line.rejection())
            : draft(path -> JsonPaths.text(line.node(), path), n[0]).finish(file.name(), line.number());
      });
    }
    CsvRecords csv = CsvRecords.open(file);
    Set<String> header = new HashSet<>();
    csv.header().forEach(h -> header.add(CsvRecords.normalize(h)));
    try {
      checkColumns(file, header, "its header has no column");
    } catch (ImportFileException e) {
      csv.close();
      throw e;
    }
    long[] n = {0};
    return csv.rows().map(row -> draft(row::get, ++n[0]).finish(file.name(), row.line()));
  }

  private PostingDraft draft(Function<String, String> get, long recordNumber) {
    PostingDraft d = new PostingDraft(mapping.source());
    d.sourceId = value(get, "source_id", recordNumber);
    d.title = value(get, "title", recordNumber);
    d.employer = value(get, "employer", recordNumber);
    d.location = value(get, "state", recordNumber);
    d.area = value(get, "area", recordNumber);
    d.postedOn = value(get, "posted_on", recordNumber);
    d.payMin = value(get, "pay_min", recordNumber);
    d.payMax = value(get, "pay_max", recordNumber);
    d.payBasis = value(get, "pay_basis", recordNumber);
    d.payText = value(get, "pay_text", recordNumber);
    d.socCode = value(get, "soc_code", recordNumber);
    for (String column : mapping.text()) {
      d.section(column, get.apply(column));
    }
    return d;
  }

  private String value(Function<String, String> get, String field, long recordNumber) {
    for (String column : mapping.fields().getOrDefault(field, List.of())) {
      String v = column.equals(ColumnMapping.RECORD_NUMBER) ? Long.toString(recordNumber) : get.apply(column);
      if (v != null && !v.isBlank() && !v.equals("None") && !v.equals("null")) {
        return v.strip();
      }
    }
    return mapping.defaults().get(field);
  }

  private void checkColumns(SourceFile file, Set<String> present, String what) {
    for (List<String> alternatives : mapping.columns()) {
      if (alternatives.stream().noneMatch(c -> present.contains(CsvRecords.normalize(c)))) {
        throw new ImportFileException(ErrorCode.FILE_WRONG_KIND, file.name() + " does not fit mapping " + mapping.name()
            + ": " + what + " '" + String.join("' or '", alternatives) + "'; fix the mapping or the file");
      }
    }
  }

  private static Set<String> jsonKeys(SourceFile file) throws IOException {
    Set<String> keys = new HashSet<>();
    try (Stream<JsonLines.Line> lines = JsonLines.read(file)) {
      lines.limit(KEY_SAMPLE_LINES).filter(l -> l.node() != null).forEach(l -> JsonPaths.collect(l.node(), "", keys));
    }
    return keys;
  }

  private static int firstChar(SourceFile file) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      int c;
      while ((c = in.read()) >= 0) {
        if (!Character.isWhitespace(c) && c != '\ufeff') {
          return c;
        }
      }
    }
    throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " is empty");
  }
}
