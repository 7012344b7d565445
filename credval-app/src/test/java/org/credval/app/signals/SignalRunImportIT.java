package org.credval.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.platform.imports.Rejection;
import org.credval.core.signals.CredentialSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signal run computed elsewhere (the Spark job's output folder: its CSV part file and
 * {@code _credval_run.properties}) is stored as a run with the same rows and input digest, a second
 * import of the same run stores nothing, and bad rows are reported with line, field and code while
 * good rows are kept. The rows come from a real run over the NYC Jobs sample, written in the
 * signal-table CSV both engines write (their parity is checked in credval-spark).
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SignalRunImportIT {

  @Autowired ImportService imports;
  @Autowired SignalService signals;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path dir;

  @BeforeEach
  @AfterEach
  void removeRunsAndTheirLoads() {
    NycSignalRun.remove(jdbc);
    jdbc.update("delete from credential_signal where run_id in (select run_id from signal_run where engine = 'spark')");
    jdbc.update("delete from signal_run where engine = 'spark'");
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind = 'signals')");
    jdbc.update("delete from import_batch where kind = 'signals'");
  }

  /** Writes a run as the Spark job lays out its output folder. */
  private Path sparkFolder(SignalService.Outcome o, String name) throws Exception {
    Path out = Files.createDirectories(dir.resolve(name));
    signals.writeCsv(o.rows(), out.resolve("part-00000-0a1b2c3d-c000.txt"));
    Files.writeString(out.resolve("_SUCCESS"), "");
    SignalRun r = o.run();
    Files.writeString(out.resolve(SignalRunImporter.RUN_FILE), "# credval signal run written by org.credval.spark.SignalsJob\n"
        + "engine=spark\nperiod=" + r.period() + "\narea=" + r.area() + "\nparams=" + r.params() + "\ninput_sha256="
        + r.inputSha256() + "\npostings=" + r.postings() + "\nduplicates=" + r.duplicates() + "\nrows="
        + o.rows().size() + "\n", StandardCharsets.UTF_8);
    return out.resolve("part-00000-0a1b2c3d-c000.txt");
  }

  @Test
  void storesTheSparkJobsRunWithItsRowsAndDigestOnce() throws Exception {
    SignalService.Outcome computed = NycSignalRun.compute(imports, signals, jdbc);
    assertThat(computed.rows()).isNotEmpty();
    Path part = sparkFolder(computed, "spark-out");

    ImportReport load = imports.run("signals", part, Map.of(), false, "it", ProgressListener.NONE);
    assertThat(load.status()).isEqualTo("COMMITTED");
    assertThat(load.rejected()).isZero();
    assertThat(load.inserted()).isEqualTo(computed.rows().size());
    List<String> runIds = jdbc.queryForList("select run_id from signal_run where engine = 'spark'", String.class);
    assertThat(runIds).hasSize(1);
    SignalService.Outcome stored = signals.stored(runIds.get(0)).orElseThrow();
    assertThat(lines(stored.rows())).isEqualTo(lines(computed.rows()));
    assertThat(stored.run().inputSha256()).isEqualTo(computed.run().inputSha256());
    assertThat(stored.run().params()).isEqualTo(computed.run().params());
    assertThat(stored.run().postings()).isEqualTo(computed.run().postings());
    assertThat(stored.run().duplicates()).isEqualTo(computed.run().duplicates());
    assertThat(stored.run().area()).isEqualTo("NY");
    assertThat(stored.run().period()).isEqualTo("all");

    // The same file again: nothing to do. The same run under another name: every row unchanged, no new run.
    assertThat(imports.run("signals", part, Map.of(), false, "it", ProgressListener.NONE).status()).isEqualTo("UNCHANGED");
    Path copy = Files.createDirectories(dir.resolve("copy")).resolve("rows.csv");
    Files.writeString(copy, Files.readString(part).replace("\n", "\r\n"), StandardCharsets.UTF_8);
    Files.copy(part.resolveSibling(SignalRunImporter.RUN_FILE), copy.resolveSibling(SignalRunImporter.RUN_FILE));
    ImportReport again = imports.run("signals", copy, Map.of(), false, "it", ProgressListener.NONE);
    assertThat(again.status()).isEqualTo("COMMITTED");
    assertThat(again.unchanged()).isEqualTo(computed.rows().size());
    assertThat(again.inserted()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from signal_run where engine = 'spark'", Integer.class)).isEqualTo(1);
  }

  @Test
  void reportsBadRowsWithLineFieldAndCodeAndKeepsTheGoodOnes() throws Exception {
    SignalService.Outcome computed = NycSignalRun.compute(imports, signals, jdbc);
    Path part = sparkFolder(computed, "bad");
    List<String> lines = new ArrayList<>(Files.readAllLines(part, StandardCharsets.UTF_8));
    assertThat(lines.size()).as("a header and at least six rows to spoil").isGreaterThan(7);
    // Rows whose names hold no quoted comma, so fields can be spoiled by position.
    List<Integer> plain = new ArrayList<>();
    for (int i = 1; i < lines.size() && plain.size() < 6; i++) {
      if (lines.get(i).indexOf('"') < 0) {
        plain.add(i);
      }
    }
    assertThat(plain).hasSize(6);
    spoil(lines, plain.get(0), 0, "NOT-A-CODE");
    spoil(lines, plain.get(1), 2, "53-30");
    spoil(lines, plain.get(2), 4, "2019");
    spoil(lines, plain.get(3), 5, "-3");
    spoil(lines, plain.get(4), 17, "lots");
    String[] six = lines.get(plain.get(5)).split(",", -1);
    spoil(lines, plain.get(5), 5, String.valueOf(Integer.parseInt(six[6]) + 1));
    Files.write(part, lines, StandardCharsets.UTF_8);

    ImportReport load = imports.run("signals", part, Map.of(), false, "it", ProgressListener.NONE);
    assertThat(load.status()).isEqualTo("COMMITTED");
    assertThat(load.rejected()).isEqualTo(6);
    assertThat(load.inserted()).isEqualTo(computed.rows().size() - 6);
    List<Rejection> r = load.rejections();
    assertThat(r).extracting(Rejection::line).containsExactlyElementsOf(plain.stream().map(i -> i + 1L).toList());
    assertThat(r).extracting(x -> x.code().code())
        .containsExactly("CV-IMP-070", "CV-IMP-071", "CV-IMP-072", "CV-IMP-073", "CV-IMP-074", "CV-IMP-075");
    assertThat(r).extracting(Rejection::field)
        .containsExactly("credential_code", "soc_code", "period", "postings", "median_pay_with", null);
    assertThat(r.get(2).reason()).contains("differs from the run's period 'all'");
    List<CredentialSignal> kept = signals.stored(jdbc.queryForObject(
        "select run_id from signal_run where engine = 'spark'", String.class)).orElseThrow().rows();
    assertThat(lines(kept)).hasSize(computed.rows().size() - 6).isSubsetOf(lines(computed.rows()));
  }

  @Test
  void refusesRowsWithoutTheRunTheyBelongTo() throws Exception {
    Path file = dir.resolve("rows.csv");
    Files.writeString(file, org.credval.core.signals.SignalTable.header() + "\n"
        + "CDLAA001,CDL Class A,all,NY,all,3,10,0.3000,2,0.2000,1,0.1000,0,0,0,0,3,,0,,0,,\n", StandardCharsets.UTF_8);
    ImportReport load = imports.run("signals", file, Map.of(), false, "it", ProgressListener.NONE);
    assertThat(load.status()).isEqualTo("REJECTED");
    assertThat(load.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code().code()).isEqualTo("CV-IMP-076");
      assertThat(x.reason()).contains("_credval_run.properties").contains("--set input_sha256");
    });
    String digest = "a".repeat(64);
    ImportReport given = imports.run("signals", file, Map.of("input_sha256", digest), false, "it", ProgressListener.NONE);
    assertThat(given.status()).isEqualTo("COMMITTED");
    assertThat(given.inserted()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select input_sha256 from signal_run where engine = 'spark'", String.class))
        .isEqualTo(digest);
  }

  private static void spoil(List<String> lines, int line, int field, String value) {
    String[] fields = lines.get(line).split(",", -1);
    fields[field] = value;
    lines.set(line, String.join(",", fields));
  }

  private static List<String> lines(List<CredentialSignal> rows) {
    return rows.stream().map(r -> org.credval.core.signals.SignalTable.line(r, c -> null)).toList();
  }
}
