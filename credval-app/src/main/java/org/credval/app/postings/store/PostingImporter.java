package org.credval.app.postings.store;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.postings.Posting;
import org.springframework.stereotype.Component;

/**
 * Job postings of any format the posting readers know ({@code --format nyc-jobs|usajobs|
 * usajobs-questionnaire|jsonld|csv}, with {@code --mapping} for csv), stored with their sections,
 * credential mentions, occupation code and duplicate links. A posting is keyed by its source and
 * the source's own id; loading it again with the same content changes nothing.
 */
@Component
class PostingImporter implements Importer<PostingImporter.Row> {

  /** The importer settings that choose the reader: {@code format} and, for csv, {@code mapping}. */
  static final String FORMAT = "format";
  static final String MAPPING = "mapping";

  /**
   * One accepted posting and the line it was read from.
   *
   * @param note adds a line to the load's report (used while writing, e.g. for duplicates found)
   */
  record Row(long line, Posting posting, BiConsumer<String, String> note) {}

  private final PostingWriter writer;

  PostingImporter(PostingWriter writer) {
    this.writer = writer;
  }

  @Override
  public String kind() {
    return "postings";
  }

  @Override
  public String description() {
    return "Job postings (--format nyc-jobs|usajobs|usajobs-questionnaire|jsonld|csv [--mapping <file|name>])";
  }

  @Override
  public Object key(Row row) {
    return List.of(row.posting().source(), row.posting().sourceId());
  }

  @Override
  public void read(SourceFile file, RowSink<Row> sink) throws IOException {
    String format = file.options().get(FORMAT);
    if (format == null || format.isBlank()) {
      throw new ImportFileException(ErrorCode.POSTING_FORMAT_MISSING,
          "importing postings needs the file's format: --format " + String.join("|", PostingReaders.FORMATS)
              + " (and --mapping <file|name> for csv)");
    }
    PostingReader reader = PostingReaders.forFormat(format, file.options().get(MAPPING));
    sink.encoding("UTF-8");
    long size = Math.max(1, file.size());
    try (Stream<PostingRecord> records = reader.read(file)) {
      long n = 0;
      for (PostingRecord r : (Iterable<PostingRecord>) records::iterator) {
        sink.read();
        n++;
        for (Rejection note : r.notes()) {
          sink.note(note.field() + ": " + note.reason());
        }
        if (!r.accepted()) {
          Rejection x = r.rejection();
          sink.reject(x.line(), x.field(), x.reason(), x.code(), x.rawValue());
        } else {
          StoredLimits.Problem tooLong = StoredLimits.check(r.posting());
          if (tooLong != null) {
            sink.reject(r.line(), tooLong.field(), tooLong.reason(), ErrorCode.POSTING_VALUE_TOO_LONG, tooLong.value());
          } else {
            sink.accept(r.line(), new Row(r.line(), r.posting(), sink::note));
          }
        }
        if ((n & 255) == 0) {
          // Record counts are not known ahead; the bar moves by a fixed guess and ends at 100 %.
          sink.progress(Math.min(n * 2048, size - 1), size);
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw new ImportFileException(ErrorCode.FILE_UNREADABLE, file.name() + " cannot be read: " + e.getCause().getMessage(), e);
    }
  }

  @Override
  public WriteCounts write(List<Row> rows, Batch batch) {
    return writer.write(rows, batch);
  }
}
