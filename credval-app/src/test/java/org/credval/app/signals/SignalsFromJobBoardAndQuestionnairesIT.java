package org.credval.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.core.signals.Area;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End to end on two more kinds of real posting file: the Dice job-board CSV export through its
 * built-in column mapping, and the first {@value #QUESTIONNAIRES} USAJOBS questionnaires (a slice of
 * the shared file, kept small so the test stays quick). A signal run over everything stored must
 * give, row for row, what a separate count over the stored tables gives (the count is written
 * apart from credval-core's aggregator: its own strongest-level rule and employer matching; these
 * sources state no pay, so no median is published on either side).
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SignalsFromJobBoardAndQuestionnairesIT {

  static final String DICE = "job-postings-dice-tech-sample/dice_com_job_us_sample_subset.csv.gz";
  static final String QUESTIONNAIRE_FILE = "usajobs-questionnaires-sample/usajobs_questionnaires_sample_8000.jsonl.gz";
  static final int QUESTIONNAIRES = 300;
  static final List<String> STRONGEST_FIRST = List.of("required", "required_later", "alternative", "preferred",
      "mentioned", "negated");

  @Autowired ImportService imports;
  @Autowired SignalService signals;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path tmp;

  @Test
  void aRunOverADiceExportAndQuestionnairesMatchesACountOverTheStoredTables() throws Exception {
    Path dice = SharedData.file(DICE);
    Path questionnaires = firstLines(SharedData.file(QUESTIONNAIRE_FILE), QUESTIONNAIRES);
    NycSignalRun.removePostings(jdbc);

    ImportReport board = imports.run("postings", dice, Map.of("format", "csv", "mapping", "dice"), false, "it",
        ProgressListener.NONE);
    assertThat(board.status()).isEqualTo("COMMITTED");
    assertThat(board.inserted()).isEqualTo(658);
    ImportReport forms = imports.run("postings", questionnaires, Map.of("format", "usajobs-questionnaire"), false, "it",
        ProgressListener.NONE);
    assertThat(forms.status()).isEqualTo("COMMITTED");
    assertThat(forms.inserted()).isEqualTo(QUESTIONNAIRES);

    SignalService.Outcome o = signals.compute(new SignalParams(Period.parse("all"), Area.parse("US"), 10, 5), "it");

    Map<Long, Stored> stored = new HashMap<>();
    jdbc.query("select id, source, employer, soc_code, duplicate_of from posting", rs -> {
      stored.put(rs.getLong("id"), new Stored(rs.getString("source"), rs.getString("employer"), rs.getString("soc_code"),
          rs.getObject("duplicate_of") != null));
    });
    assertThat(stored).hasSize(658 + QUESTIONNAIRES);
    long duplicates = stored.values().stream().filter(Stored::duplicate).count();
    assertThat(o.run().duplicates()).isEqualTo(duplicates);
    assertThat(o.run().postings()).isEqualTo(stored.size() - duplicates);

    Map<Long, Map<String, String>> levels = new HashMap<>();
    jdbc.query("select posting_id, credential_code, requirement from posting_mention", rs -> {
      Stored p = stored.get(rs.getLong(1));
      if (!p.duplicate()) {
        levels.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).merge(rs.getString(2), rs.getString(3),
            (a, b) -> STRONGEST_FIRST.indexOf(a) <= STRONGEST_FIRST.indexOf(b) ? a : b);
      }
    });
    // Both sources must contribute mentions, or the test would prove nothing about one of them.
    Set<String> sourcesWithMentions = new HashSet<>();
    levels.keySet().forEach(id -> sourcesWithMentions.add(stored.get(id).source()));
    assertThat(sourcesWithMentions).hasSize(2);

    Map<String, List<Long>> cells = new TreeMap<>();
    stored.forEach((id, p) -> {
      if (!p.duplicate()) {
        for (String cell : p.cells()) {
          cells.computeIfAbsent(cell, k -> new ArrayList<>()).add(id);
        }
      }
    });
    Map<String, String> expected = new TreeMap<>();
    cells.forEach((cell, ids) -> {
      Set<String> codes = new HashSet<>();
      ids.forEach(id -> codes.addAll(levels.getOrDefault(id, Map.of()).keySet()));
      for (String code : codes) {
        expected.put(code + " " + cell, expectedRow(code, ids, stored, levels));
      }
    });
    Map<String, String> actual = new TreeMap<>();
    for (CredentialSignal r : o.rows()) {
      actual.put(r.credentialCode().value() + " " + r.socCode(), describe(r));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(o.rows()).anySatisfy(r -> assertThat(r.requiredPostings()).isPositive());
    NycSignalRun.removePostings(jdbc);
  }

  private static String expectedRow(String code, List<Long> ids, Map<Long, Stored> postings,
      Map<Long, Map<String, String>> levels) {
    Map<String, Integer> byLevel = new HashMap<>();
    Set<String> employers = new HashSet<>();
    for (long id : ids) {
      String level = levels.getOrDefault(id, Map.of()).get(code);
      if (level == null) {
        continue;
      }
      byLevel.merge(level, 1, Integer::sum);
      String employer = postings.get(id).employer();
      if (!level.equals("negated") && employer != null && !employer.isBlank()) {
        employers.add(employer.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
      }
    }
    int negated = byLevel.getOrDefault("negated", 0);
    int named = byLevel.values().stream().mapToInt(Integer::intValue).sum();
    return String.join("|", String.valueOf(named - negated), String.valueOf(ids.size()),
        String.valueOf(byLevel.getOrDefault("required", 0)), String.valueOf(byLevel.getOrDefault("preferred", 0)),
        String.valueOf(byLevel.getOrDefault("alternative", 0)), String.valueOf(byLevel.getOrDefault("required_later", 0)),
        String.valueOf(byLevel.getOrDefault("mentioned", 0)), String.valueOf(negated), String.valueOf(employers.size()),
        "-", "-", "-");
  }

  private static String describe(CredentialSignal r) {
    return String.join("|", String.valueOf(r.postings()), String.valueOf(r.occupationPostings()),
        String.valueOf(r.requiredPostings()), String.valueOf(r.preferredPostings()), String.valueOf(r.alternativePostings()),
        String.valueOf(r.requiredLaterPostings()), String.valueOf(r.mentionedPostings()), String.valueOf(r.negatedPostings()),
        String.valueOf(r.employers()), money(r.medianPayWith()), money(r.medianPayWithout()), money(r.payPremium()));
  }

  private static String money(BigDecimal v) {
    return v == null ? "-" : v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private record Stored(String source, String employer, String soc, boolean duplicate) {
    List<String> cells() {
      if (soc == null || !soc.matches("\\d{2}-\\d{4}")) {
        return List.of("unknown", "all");
      }
      String major = soc.substring(0, 2) + "-0000";
      return soc.equals(major) ? List.of(soc, "all") : List.of(soc, major, "all");
    }
  }

  /** The first {@code n} lines of a gzip'd JSON Lines file, as a file of their own. */
  private Path firstLines(Path gz, int n) throws Exception {
    Path out = tmp.resolve("questionnaires-first-" + n + ".jsonl");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      for (int i = 0; i < n && (line = in.readLine()) != null; i++) {
        w.write(line);
        w.write('\n');
      }
    }
    return out;
  }
}
