package org.credval.app.signals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credval.app.platform.imports.Batch;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.Importer;
import org.credval.app.platform.imports.RowSink;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.WriteCounts;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.signals.Area;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalTable;
import org.springframework.stereotype.Component;

/**
 * Kind {@code signals}: a signal run computed elsewhere, as the CSV {@code credval signals --out}
 * and the Spark job ({@code org.credval.spark.SignalsJob}) write it, stored as a run the scorer
 * reads like one computed here. The run's identity comes from the {@value #RUN_FILE} the Spark job
 * writes beside its rows (input digest, thresholds, counts), or from {@code --set} options. The same
 * rule as for computed runs applies: a run with the same input digest, catalog, period, area and
 * thresholds as a stored one is not stored again.
 */
@Component
class SignalRunImporter implements Importer<SignalRunImporter.ImportedSignal> {

  /** The run file the Spark job writes into its output folder. */
  static final String RUN_FILE = "_credval_run.properties";

  static final String ENGINE = "spark";

  private final SignalRuns runs;

  SignalRunImporter(SignalRuns runs) {
    this.runs = runs;
  }

  @Override
  public String kind() {
    return "signals";
  }

  @Override
  public String description() {
    return "a signal run computed by the Spark job (its CSV, with " + RUN_FILE + " beside it), stored for scoring";
  }

  /** A row of the file with the run it belongs to. */
  record ImportedSignal(CredentialSignal signal, RunFacts run) {}

  @Override
  public Object key(ImportedSignal row) {
    return row.signal().credentialCode().value() + " " + row.signal().socCode();
  }

  /** What identifies the run: from the run file, overridden by {@code --set} options. */
  record RunFacts(String inputSha256, String catalogSha256, String params, String period, String area, Integer postings,
      Integer duplicates) {

    static RunFacts of(SourceFile file) throws IOException {
      Properties p = new Properties();
      Path beside = file.path().toAbsolutePath().resolveSibling(RUN_FILE);
      if (Files.isRegularFile(beside)) {
        try (Reader r = Files.newBufferedReader(beside, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
      file.options().forEach(p::setProperty);
      String input = p.getProperty("input_sha256");
      if (input == null || !input.matches("[0-9a-f]{64}")) {
        throw new ImportFileException(ErrorCode.SIGNAL_RUN_UNSTATED, file.name() + ": "
            + (input == null ? "no " + RUN_FILE + " beside it and no --set input_sha256" : "input_sha256 '" + input
                + "' is not a SHA-256 digest (64 lower-case hex digits)") + ": the run's input digest is what makes"
            + " it reproducible; keep the Spark job's output folder whole, or give --set input_sha256=<digest it printed>");
      }
      return new RunFacts(input, p.getProperty("catalog_sha256", "not stated"), p.getProperty("params", "not stated"),
          p.getProperty("period"), p.getProperty("area"), integer(p, "postings", file), integer(p, "duplicates", file));
    }

    private static Integer integer(Properties p, String key, SourceFile file) {
      String v = p.getProperty(key);
      if (v == null) {
        return null;
      }
      try {
        return Integer.valueOf(v.strip());
      } catch (NumberFormatException e) {
        throw new ImportFileException(ErrorCode.SIGNAL_RUN_UNSTATED, file.name() + ": run '" + key + "' is '" + v
            + "', not a whole number");
      }
    }
  }

  @Override
  public void read(SourceFile file, RowSink<ImportedSignal> sink) throws IOException {
    RunFacts run = RunFacts.of(file);
    String area = run.area();
    String period = run.period();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = new InputStreamReader(file.open(), StandardCharsets.UTF_8); CSVParser csv = format.parse(in)) {
      sink.encoding("UTF-8");
      List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
      if (!header.equals(SignalTable.COLUMNS)) {
        throw new ImportFileException(ErrorCode.SIGNAL_BAD_HEADER, file.name() + ": the header is " + String.join(",",
            header) + "; expected " + SignalTable.header());
      }
      for (CSVRecord r : csv) {
        sink.read();
        long line = r.getRecordNumber() + 1; // the header is line 1; signal rows hold no line breaks
        if (r.size() != SignalTable.COLUMNS.size()) {
          sink.reject(line, null, "the row has " + r.size() + " fields, the header " + SignalTable.COLUMNS.size(),
              ErrorCode.ROW_SHAPE, null);
          continue;
        }
        if (area == null) {
          area = r.get("area");
        }
        if (period == null) {
          period = r.get("period");
        }
        Optional<CredentialSignal> row = row(r, line, area, period, sink);
        row.ifPresent(s -> sink.accept(line, new ImportedSignal(s, run)));
      }
    }
    if (sink.rowsRead() == 0) {
      throw new ImportFileException(ErrorCode.FILE_EMPTY, file.name() + " holds a header but no signal rows");
    }
  }

  private static Optional<CredentialSignal> row(CSVRecord r, long line, String area, String period,
      RowSink<ImportedSignal> sink) {
    String code = r.get("credential_code");
    CredentialCode credential;
    try {
      credential = CredentialCode.parse(code);
    } catch (IllegalArgumentException e) {
      sink.reject(line, "credential_code", "'" + code + "' is not a credential code: " + e.getMessage(),
          ErrorCode.SIGNAL_BAD_CREDENTIAL, code);
      return Optional.empty();
    }
    String cell = r.get("soc_code");
    if (!cell.equals("all") && !cell.equals("unknown") && !SocCode.isValid(cell)) {
      sink.reject(line, "soc_code", "'" + cell + "' is not a SOC code, a major group, all or unknown",
          ErrorCode.SIGNAL_BAD_CELL, cell);
      return Optional.empty();
    }
    if (!scope(r, line, "area", area, sink) || !scope(r, line, "period", period, sink)) {
      return Optional.empty();
    }
    int[] n = new int[12];
    String[] countColumns = {"postings", "occupation_postings", "required_postings", "preferred_postings",
        "alternative_postings", "required_later_postings", "mentioned_postings", "negated_postings", "employers",
        "pay_with_n", "pay_without_n"};
    for (int i = 0; i < countColumns.length; i++) {
      String v = r.get(countColumns[i]);
      try {
        n[i] = Integer.parseInt(v.strip());
      } catch (NumberFormatException e) {
        n[i] = -1;
      }
      if (n[i] < 0) {
        sink.reject(line, countColumns[i], "'" + v + "' is not a whole number of 0 or more", ErrorCode.SIGNAL_BAD_COUNT, v);
        return Optional.empty();
      }
    }
    BigDecimal[] money = new BigDecimal[3];
    String[] moneyColumns = {"median_pay_with", "median_pay_without", "pay_premium"};
    for (int i = 0; i < moneyColumns.length; i++) {
      String v = r.get(moneyColumns[i]).strip();
      if (v.isEmpty()) {
        continue;
      }
      try {
        money[i] = new BigDecimal(v);
      } catch (NumberFormatException e) {
        money[i] = null;
      }
      if (money[i] == null || (i < 2 && money[i].signum() < 0)) {
        sink.reject(line, moneyColumns[i], "'" + v + "' is not " + (i < 2 ? "an amount of 0 or more" : "a decimal amount"),
            ErrorCode.SIGNAL_BAD_MONEY, v);
        return Optional.empty();
      }
    }
    int postings = n[0];
    int occupationPostings = n[1];
    String contradiction = postings > occupationPostings ? "postings (" + postings + ") exceed the cell's postings ("
        + occupationPostings + ")"
        : n[2] + n[3] + n[4] + n[5] + n[6] > postings ? "required, preferred, alternative, required-later and mentioned"
            + " postings add up to more than the postings naming it (" + postings + ")"
        : n[8] > postings ? "employers (" + n[8] + ") exceed the postings naming it (" + postings + ")"
        : n[9] > postings ? "postings with pay (" + n[9] + ") exceed the postings naming it (" + postings + ")"
        : null;
    if (contradiction != null) {
      sink.reject(line, null, contradiction, ErrorCode.SIGNAL_INCONSISTENT, null);
      return Optional.empty();
    }
    return Optional.of(new CredentialSignal(credential, cell, area, period, postings, occupationPostings, n[2], n[3], n[4],
        n[5], n[6], n[7], n[8], money[0], n[9], money[1], n[10], money[2], r.get("cooccurring")));
  }

  private static boolean scope(CSVRecord r, long line, String column, String expected, RowSink<ImportedSignal> sink) {
    String v = r.get(column);
    boolean wellFormed;
    try {
      if (column.equals("area")) {
        wellFormed = Area.parse(v).key().equals(v);
      } else {
        wellFormed = Period.parse(v).key().equals(v);
      }
    } catch (IllegalArgumentException e) {
      wellFormed = false;
    }
    if (!wellFormed || !v.equals(expected)) {
      sink.reject(line, column, "'" + v + "' " + (wellFormed ? "differs from the run's " + column + " '" + expected + "'"
          : "is not " + (column.equals("area") ? "US or a state code" : "a period (" + Period.SYNTAX + ")")),
          ErrorCode.SIGNAL_SCOPE_MISMATCH, v);
      return false;
    }
    return true;
  }

  @Override
  public WriteCounts write(List<ImportedSignal> imported, Batch batch) {
    if (imported.isEmpty()) {
      return WriteCounts.NONE;
    }
    RunFacts facts = imported.get(0).run();
    List<CredentialSignal> rows = imported.stream().map(ImportedSignal::signal)
        .sorted(org.credval.core.signals.SignalAggregator.ORDER).toList();
    CredentialSignal first = rows.get(0);
    Optional<SignalRun> same = runs.same(facts.inputSha256(), facts.catalogSha256(), first.period(), first.area(),
        facts.params());
    if (same.isPresent()) {
      return new WriteCounts(0, 0, rows.size());
    }
    int counted = facts.postings() != null ? facts.postings() : rows.stream()
        .filter(r -> r.socCode().equals("all")).mapToInt(CredentialSignal::occupationPostings).max().orElse(0);
    SignalRun run = new SignalRun(UUID.randomUUID().toString(),
        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), batch.user(), first.period(), first.area(),
        ENGINE, facts.inputSha256(), facts.catalogSha256(), facts.params(), counted,
        facts.duplicates() == null ? 0 : facts.duplicates());
    if (!batch.dryRun()) {
      runs.save(run, rows);
    }
    return new WriteCounts(rows.size(), 0, 0);
  }
}
