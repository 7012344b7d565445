package org.credval.app.platform.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: validate every row, then write the batch atomically with its provenance. A file whose
 * exact bytes were loaded before is recognised by its SHA-256 and changes nothing; a batch that fails
 * while writing is rolled back whole and recorded as FAILED. A file in which every row is rejected
 * writes nothing and is recorded as REJECTED with all its rejections, so loading it again reports
 * them again instead of UNCHANGED.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);

  private final Map<String, Importer<?>> importers = new TreeMap<>();
  private final ImportBatches batches;
  private final TransactionTemplate tx;

  public ImportService(List<Importer<?>> importers, ImportBatches batches, TransactionTemplate tx) {
    for (Importer<?> i : importers) {
      if (this.importers.put(i.kind(), i) != null) {
        throw new IllegalStateException("two importers for kind " + i.kind());
      }
    }
    this.batches = batches;
    this.tx = tx;
  }

  /** The kinds of file that can be imported, with their descriptions. */
  public Map<String, String> kinds() {
    Map<String, String> m = new TreeMap<>();
    importers.forEach((k, v) -> m.put(k, v.description()));
    return m;
  }

  public ImportReport run(String kind, Path path, boolean dryRun, String user) throws IOException {
    return run(kind, path, Map.of(), dryRun, user, ProgressListener.NONE);
  }

  public ImportReport run(String kind, Path path, Map<String, String> options, boolean dryRun, String user,
      ProgressListener progress) throws IOException {
    Importer<?> importer = importers.get(kind);
    if (importer == null) {
      throw new IllegalArgumentException("unknown import kind '" + kind + "'; known kinds: " + importers.keySet());
    }
    return runTyped(importer, SourceFile.of(path, options), dryRun, user, progress);
  }

  private <R> ImportReport runTyped(Importer<R> importer, SourceFile file, boolean dryRun, String user,
      ProgressListener progress) throws IOException {
    Instant started = Instant.now();
    String loadId = UUID.randomUUID().toString();
    String path = file.path().toAbsolutePath().toString();
    Report<R> report = new Report<>(loadId, importer.kind(), file, dryRun, user, started);

    if (!dryRun) {
      var previous = batches.committedLoadOf(importer.kind(), file.sha256(), file.optionsText());
      if (previous.isPresent()) {
        return report.finish("UNCHANGED", null, WriteCounts.NONE,
            "this exact file was loaded before as load " + previous.get() + "; nothing to do");
      }
    }

    RowSink<R> sink = new RowSink<>(file.name(), importer::key);
    try {
      progress.start("reading " + file.name(), file.size());
      sink.reportProgressTo(progress, file.size());
      importer.read(file, sink);
      progress.step(file.size());
    } catch (ImportFileException e) {
      sink.reject(0, null, e.getMessage(), e.code(), null);
      ImportReport r = report.finish("REJECTED", sink, WriteCounts.NONE, e.getMessage());
      if (!dryRun) {
        batches.save(r, path, file.optionsText());
      }
      return r;
    } finally {
      progress.close();
    }

    if (sink.accepted().isEmpty() && !sink.rejections().isEmpty()) {
      // Nothing to write: recording it as committed would make a reload of the same file UNCHANGED
      // and hide the rejections the analyst has to fix.
      ImportReport r = report.finish("REJECTED", sink, WriteCounts.NONE, allRejected(sink));
      if (!dryRun) {
        batches.save(r, path, file.optionsText());
      }
      return r;
    }

    Batch batch = new Batch(loadId, dryRun, user, file.name());
    try {
      WriteCounts counts;
      if (dryRun) {
        // Counted inside a transaction that is always rolled back, so a dry run can never write.
        counts = tx.execute(status -> {
          status.setRollbackOnly();
          return importer.write(sink.accepted(), batch);
        });
        return report.finish("VALIDATED", sink, counts, withRemoved(sink.summary(), counts, true));
      }
      return tx.execute(status -> {
        WriteCounts c = importer.write(sink.accepted(), batch);
        ImportReport r = report.finish("COMMITTED", sink, c, withRemoved(sink.summary(), c, false));
        batches.save(r, path, file.optionsText());
        return r;
      });
    } catch (RuntimeException e) {
      log.warn("import of {} as {} failed and was rolled back", file.name(), importer.kind(), e);
      String msg = "writing the batch failed and nothing from this file was saved: " + rootMessage(e);
      sink.reject(0, null, msg, ErrorCode.BATCH_FAILED, null);
      ImportReport r = report.finish("FAILED", sink, WriteCounts.NONE, msg);
      batches.save(r, path, file.optionsText());
      return r;
    }
  }

  private static String withRemoved(String summary, WriteCounts c, boolean dryRun) {
    if (c.removed() == 0) {
      return summary;
    }
    String removed = (dryRun ? "would remove " : "removed ") + c.removed() + (c.removed() == 1 ? " row" : " rows") + " an earlier version of this"
        + " file had and this one does not (kept in the row history)";
    return summary == null ? removed : summary + "; " + removed;
  }

  private static String allRejected(RowSink<?> sink) {
    String summary = sink.summary();
    return "every row was rejected (" + sink.rejections().size() + "); nothing from this file was saved: correct the"
        + " rows listed and load the file again" + (summary == null ? "" : "; " + summary);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Assembles the report from the parts known at the end. */
  private record Report<R>(String loadId, String kind, SourceFile file, boolean dryRun, String user, Instant started) {
    ImportReport finish(String status, RowSink<R> sink, WriteCounts c, String message) {
      List<Rejection> rej = sink == null ? List.of() : new ArrayList<>(sink.rejections());
      return new ImportReport(loadId, kind, file.name(), file.sha256(), status, dryRun,
          sink == null ? 0 : sink.rowsRead(), sink == null ? 0 : sink.accepted().size(),
          sink == null ? 0 : sink.rejected(), sink == null ? 0 : sink.duplicates(),
          c.inserted(), c.updated(), c.unchanged(), sink == null ? null : sink.encoding(), user, started, Instant.now(), message, rej);
    }
  }
}
