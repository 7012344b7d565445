package org.credval.app.postings.read;

import java.io.IOException;
import java.util.stream.Stream;
import org.credval.app.platform.imports.SourceFile;

/**
 * Reads one posting file format into normalized {@link org.credval.core.postings.Posting}s, one
 * {@link PostingRecord} per record of the file, lazily so that large files stream. A problem with
 * the file as a whole (unreadable, wrong kind, a mapping naming a missing column) is thrown as an
 * {@link org.credval.app.platform.imports.ImportFileException} before the first record.
 *
 * <p>Close the stream when done; it holds the file open.
 */
public interface PostingReader {

  /** The format's name on the command line, e.g. {@code nyc-jobs}. */
  String format();

  Stream<PostingRecord> read(SourceFile file) throws IOException;
}
