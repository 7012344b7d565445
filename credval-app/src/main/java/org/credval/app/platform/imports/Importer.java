package org.credval.app.platform.imports;

import java.io.IOException;

/**
 * One kind of input file (an extension point: each reference-data and posting format implements
 * it). The import service calls {@link #read} to validate every row, then, unless it is a dry run,
 * {@link #write} inside one transaction with the batch's provenance.
 *
 * @param <R> the validated row
 */
public interface Importer<R> {

  /** The kind named on the command line, e.g. {@code oews}. */
  String kind();

  /** One line for {@code credval import --help} and the import page. */
  String description();

  /** The key that identifies a row; a second row with the same key in one file is a duplicate. */
  Object key(R row);

  /**
   * Reads and validates the file. Row problems go to {@code sink.reject}; a problem with the whole
   * file is thrown as an {@link ImportFileException}.
   */
  void read(SourceFile file, RowSink<R> sink) throws IOException;

  /**
   * Writes the accepted rows, or with {@code batch.dryRun()} only counts what writing would do.
   * Called inside the batch's transaction: throwing rolls the whole batch back.
   */
  WriteCounts write(java.util.List<R> rows, Batch batch);
}
