package org.credval.app.catalog.credit;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.ArticulationCsv;
import org.springframework.stereotype.Component;

/**
 * Kind {@code articulation}: articulation agreements from CSV ({@link ArticulationCsv}). A row whose
 * key (credential, institution, CIP, start date) is new adds an agreement; a known key with other
 * values updates it; agreements absent from the file, and their status, are left as they are.
 * Every change is kept in the history with the load as its reason.
 */
@Component
class ArticulationImporter implements Importer<Articulation> {

  static final String EXPECTED = "an articulation agreement CSV (columns " + String.join(",", ArticulationCsv.COLUMNS) + ")";

  private final CreditFiles files;
  private final ArticulationAgreements articulations;
  private final CreditHistory history;

  ArticulationImporter(CreditFiles files, ArticulationAgreements articulations, CreditHistory history) {
    this.files = files;
    this.articulations = articulations;
    this.history = history;
  }

  @Override
  public String kind() {
    return "articulation";
  }

  @Override
  public String description() {
    return "articulation agreements: credential → institution and program, credit hours, dates (CSV)";
  }

  @Override
  public Object key(Articulation row) {
    return row.key();
  }

  @Override
  public void read(SourceFile file, RowSink<Articulation> sink) throws IOException {
    String text = CreditFiles.text(file, EXPECTED);
    var cips = files.cips();
    var parsed = ArticulationCsv.read(text, files.credentials(), cips == null ? c -> true : cips);
    if (cips == null) {
      parsed.rows().forEach(r -> sink.note(CreditFiles.CIP_NOT_CHECKED));
    }
    CreditFiles.deliver(file, parsed, sink, EXPECTED);
  }

  @Override
  public WriteCounts write(List<Articulation> rows, Batch batch) {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    String reason = "loaded from " + batch.fileName() + " (load " + batch.loadId() + ")";
    OffsetDateTime now = CreditEditor.now();
    for (Articulation a : rows) {
      Optional<Stored<Articulation>> before = articulations.byKey(a.key());
      if (before.isPresent() && before.get().entry().equals(a)) {
        unchanged++;
      } else if (before.isPresent()) {
        updated++;
        if (!batch.dryRun()) {
          Stored<Articulation> b = before.get();
          articulations.update(b.id(), b.version(), a, now, batch.user(), batch.loadId());
          history.record(CreditHistory.ARTICULATION, b.id(), a.credential(), "update", now, batch.user(), reason,
              CreditHistory.state(b.entry(), b.status()), CreditHistory.state(a, b.status()));
        }
      } else {
        inserted++;
        if (!batch.dryRun()) {
          long id = articulations.insert(a, now, batch.user(), batch.loadId());
          history.record(CreditHistory.ARTICULATION, id, a.credential(), "create", now, batch.user(), reason, null,
              CreditHistory.state(a, Stored.ACTIVE));
        }
      }
    }
    return new WriteCounts(inserted, updated, unchanged);
  }
}
