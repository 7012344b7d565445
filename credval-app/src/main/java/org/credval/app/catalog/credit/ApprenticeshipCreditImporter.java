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
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.ApprenticeshipCreditCsv;
import org.springframework.stereotype.Component;

/**
 * Kind {@code apprenticeship-credit}: hours registered apprenticeships credit to credential holders,
 * from CSV ({@link ApprenticeshipCreditCsv}). Matched by credential and program (RAPIDS code, else
 * occupation); absent entries are left as they are; every change is kept in the history.
 */
@Component
class ApprenticeshipCreditImporter implements Importer<ApprenticeshipCredit> {

  static final String EXPECTED = "an apprenticeship credit CSV (columns " + String.join(",", ApprenticeshipCreditCsv.COLUMNS) + ")";

  private final CreditFiles files;
  private final ApprenticeshipCredits credits;
  private final CreditHistory history;

  ApprenticeshipCreditImporter(CreditFiles files, ApprenticeshipCredits credits, CreditHistory history) {
    this.files = files;
    this.credits = credits;
    this.history = history;
  }

  @Override
  public String kind() {
    return "apprenticeship-credit";
  }

  @Override
  public String description() {
    return "apprenticeship hour credit: credential → apprenticeship occupation (RAPIDS code), hours credited (CSV)";
  }

  @Override
  public Object key(ApprenticeshipCredit row) {
    return row.key();
  }

  @Override
  public void read(SourceFile file, RowSink<ApprenticeshipCredit> sink) throws IOException {
    String text = CreditFiles.text(file, EXPECTED);
    CreditFiles.deliver(file, ApprenticeshipCreditCsv.read(text, files.credentials()), sink, EXPECTED);
  }

  @Override
  public WriteCounts write(List<ApprenticeshipCredit> rows, Batch batch) {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    String reason = "loaded from " + batch.fileName() + " (load " + batch.loadId() + ")";
    OffsetDateTime now = CreditEditor.now();
    for (ApprenticeshipCredit c : rows) {
      Optional<Stored<ApprenticeshipCredit>> before = credits.byKey(c.key());
      if (before.isPresent() && before.get().entry().equals(c)) {
        unchanged++;
      } else if (before.isPresent()) {
        updated++;
        if (!batch.dryRun()) {
          Stored<ApprenticeshipCredit> b = before.get();
          credits.update(b.id(), b.version(), c, now, batch.user(), batch.loadId());
          history.record(CreditHistory.APPRENTICESHIP, b.id(), c.credential(), "update", now, batch.user(), reason,
              CreditHistory.state(b.entry(), b.status()), CreditHistory.state(c, b.status()));
        }
      } else {
        inserted++;
        if (!batch.dryRun()) {
          long id = credits.insert(c, now, batch.user(), batch.loadId());
          history.record(CreditHistory.APPRENTICESHIP, id, c.credential(), "create", now, batch.user(), reason, null,
              CreditHistory.state(c, Stored.ACTIVE));
        }
      }
    }
    return new WriteCounts(inserted, updated, unchanged);
  }
}
