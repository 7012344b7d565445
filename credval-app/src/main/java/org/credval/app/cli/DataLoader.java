package org.credval.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.signals.SignalService;
import org.credval.core.signals.Area;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads a whole data folder through the import service, printing one report per file. */
final class DataLoader {

  static final String NO_DATA_HELP = """
      No data folder given. credval needs the public labor-market files (SOC, O*NET, BLS OEWS and
      Employment Projections, CIP) to show occupations and wages. Either
        - download them from their publishers:   ./credval fetch-data --to ~/credval-data
          then run:                              ./credval demo --data-dir ~/credval-data
        - or point at a folder you already have: ./credval demo --data-dir <dir>
          (or set CREDVAL_DATA_DIR).""";

  private final ApplicationContext ctx;
  private final ImportService imports;

  DataLoader(ApplicationContext ctx) {
    this.ctx = ctx;
    this.imports = ctx.getBean(ImportService.class);
  }

  /**
   * Employer signals over every stored posting (all dates, every area, the defaults of
   * {@code credval signals}), so that the Demand view has a run to show after a demo load; empty
   * when no posting is stored. Stored postings that did not change give the earlier run back.
   */
  Optional<SignalService.Outcome> signalsOverEveryPosting(String user) {
    Long postings = ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from posting", Long.class);
    if (postings == null || postings == 0) {
      return Optional.empty();
    }
    SignalService.Outcome o = ctx.getBean(SignalService.class)
        .compute(new SignalParams(Period.parse("all"), Area.parse(null), 10, 5), user);
    System.out.printf("  %-16s %-52s %-9s %,9d postings counted, %,d duplicates left out%n", "signals",
        "run " + o.run().runId().substring(0, 8) + " (all dates, every area)", o.reused() ? "UNCHANGED" : "COMMITTED",
        o.run().postings(), o.run().duplicates());
    return Optional.of(o);
  }

  void printKinds() {
    imports.kinds().forEach((k, d) -> System.out.printf("%-18s %s%n", k, d));
    System.out.println();
    System.out.println("Files read from a data folder, in load order:");
    DataFolder.ENTRIES.forEach(e -> System.out.printf("  %-18s %s%s%n", e.kind(), e.relativePath(),
        e.options().isEmpty() ? "" : "  " + e.options()));
  }

  /** Imports every known file in {@code folder}; returns counts by status and "problems". */
  Map<String, Integer> loadFolder(Path folder, boolean dryRun, String user, boolean verbose) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("data folder " + folder + " does not exist\n" + NO_DATA_HELP);
    }
    List<Map.Entry<DataFolder.Entry, Path>> files = DataFolder.present(folder);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no known data files in " + folder + "\n" + NO_DATA_HELP);
    }
    Map<String, Integer> byStatus = new TreeMap<>();
    for (var f : files) {
      ImportReport r = imports.run(f.getKey().kind(), f.getValue(), f.getKey().options(), dryRun, user,
          verbose ? new ConsoleProgress() : ProgressListener.NONE);
      byStatus.merge(r.status(), 1, Integer::sum);
      if (r.status().equals("REJECTED") || r.status().equals("FAILED")) {
        byStatus.merge("problems", 1, Integer::sum);
      }
      if (verbose) {
        System.out.print(r.toText(5));
      } else {
        System.out.printf("  %-16s %-52s %-9s %,9d rows, %,d new, %,d rejected%n", r.kind(), r.file(), r.status(),
            r.rowsRead(), r.inserted(), r.rejected());
      }
    }
    return byStatus;
  }
}
