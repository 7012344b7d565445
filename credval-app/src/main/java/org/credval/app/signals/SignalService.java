package org.credval.app.signals;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.credval.core.code.CredentialCode;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.SignalAggregator;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalResult;
import org.credval.core.signals.SignalTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores signal runs. A run whose input digest, catalog, scope and thresholds equal an
 * earlier run's is not stored again: the earlier run is returned, so computing twice changes nothing.
 */
@Service
public class SignalService {

  static final String ENGINE = "plain";

  private final SignalRuns runs;
  private final CredentialNames credentialNames;
  private final TransactionTemplate tx;

  SignalService(SignalRuns runs, CredentialNames credentialNames, PlatformTransactionManager transactions) {
    this.runs = runs;
    this.credentialNames = credentialNames;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * What computing signals did.
   *
   * @param reused true when an earlier run had the same input and was returned instead of a new one
   * @param catalogs how many different catalogs the covered postings were extracted with (more than
   *     one makes rows mix two versions of the credential list)
   */
  public record Outcome(SignalRun run, boolean reused, int catalogs, List<CredentialSignal> rows) {}

  /** Computes signals over the stored postings and stores the run, or returns the identical earlier one. */
  public Outcome compute(SignalParams params, String createdBy) {
    return tx.execute(status -> {
      SignalResult result = new SignalAggregator(params).aggregate(runs.postings(params), runs.mentions(params));
      List<String> catalogs = runs.catalogDigests(params);
      String catalog = catalogs.size() == 1 ? catalogs.get(0) : sha256(String.join("\n", catalogs));
      Optional<SignalRun> same = runs.same(result.inputSha256(), catalog, params);
      if (same.isPresent()) {
        return new Outcome(same.get(), true, catalogs.size(), runs.rows(same.get().runId()));
      }
      SignalRun run = new SignalRun(UUID.randomUUID().toString(),
          OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), createdBy, params.period().key(),
          params.area().key(), ENGINE, result.inputSha256(), catalog, params.describe(), result.postings(),
          result.duplicates());
      runs.save(run, result.rows());
      return new Outcome(run, false, catalogs.size(), result.rows());
    });
  }

  /** A stored run and its rows, or empty when there is no run with that id. */
  public Optional<Outcome> stored(String runId) {
    return runs.run(runId).map(r -> new Outcome(r, true, 1, runs.rows(runId)));
  }

  /**
   * Writes rows as CSV ({@link SignalTable}) with each credential's name in the stored catalog, or in
   * the starter catalog when the stored one does not have it.
   */
  public void writeCsv(List<CredentialSignal> rows, Path out) throws IOException {
    Map<String, String> names = credentialNames.byCode();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(SignalTable.header());
      w.write('\n');
      for (CredentialSignal r : rows) {
        w.write(SignalTable.line(r, (CredentialCode c) -> names.get(c.value())));
        w.write('\n');
      }
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
