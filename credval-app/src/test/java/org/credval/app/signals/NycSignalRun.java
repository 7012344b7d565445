package org.credval.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.core.signals.Area;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real signal run for tests: the NYC Jobs sample of ../shared/data stored with {@code import
 * postings} and counted for New York over all dates. Tests remove it (runs and postings) when done.
 */
public final class NycSignalRun {

  public static final String FILE = "job-postings-nyc-sample/nyc_jobs_postings_sample.csv.gz";

  private NycSignalRun() {}

  /** Imports the sample (skipping the test when the shared data is absent) and computes the run. */
  public static SignalService.Outcome compute(ImportService imports, SignalService signals, JdbcTemplate jdbc)
      throws Exception {
    Path file = SharedData.file(FILE);
    removePostings(jdbc);
    ImportReport load = imports.run("postings", file, Map.of("format", "nyc-jobs"), false, "it", ProgressListener.NONE);
    assertThat(load.status()).isEqualTo("COMMITTED");
    return signals.compute(new SignalParams(Period.ALL, Area.parse("NY"), SignalParams.DEFAULT_MIN_PAY_N,
        SignalParams.DEFAULT_TOP_COOCCURRING), "it");
  }

  /** Removes signal runs of New York and every stored posting. */
  public static void remove(JdbcTemplate jdbc) {
    jdbc.update("delete from credential_signal where run_id in (select run_id from signal_run where area = 'NY')");
    jdbc.update("delete from signal_run where area = 'NY'");
    removePostings(jdbc);
  }

  /** Removes every stored posting, its sections, mentions and bands, and the postings loads. */
  public static void removePostings(JdbcTemplate jdbc) {
    for (String t : List.of("posting_band", "posting_structured_credential", "posting_mention", "posting_section")) {
      jdbc.update("delete from " + t);
    }
    jdbc.update("update posting set duplicate_of = null");
    jdbc.update("delete from posting");
    jdbc.update("delete from import_rejection where load_id in (select load_id from import_batch where kind = 'postings')");
    jdbc.update("delete from import_batch where kind = 'postings'");
  }
}
