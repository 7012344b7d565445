package org.credval.app.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End to end on real postings: {@code import postings} stores the NYC Jobs sample of ../shared/data,
 * then a signal run over 2018 in New York must give, row for row, what a separate count over the
 * stored tables gives. The count here is written apart from credval-core's aggregator (its own
 * strongest-level rule, midpoint, median and employer matching), so a mistake in either shows.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SignalsFromImportedPostingsIT {

  static final String NYC = "job-postings-nyc-sample/nyc_jobs_postings_sample.csv.gz";
  static final List<String> STRONGEST_FIRST = List.of("required", "required_later", "alternative", "preferred",
      "mentioned", "negated");
  static final int MIN_PAY_N = 10;

  @Autowired ImportService imports;
  @Autowired SignalService signals;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRunOverTheImportedNycSampleMatchesACountOverTheStoredTables() throws Exception {
    Path file = SharedData.file(NYC);
    NycSignalRun.removePostings(jdbc);
    ImportReport load = imports.run("postings", file, Map.of("format", "nyc-jobs"), false, "it", ProgressListener.NONE);
    assertThat(load.status()).isEqualTo("COMMITTED");

    SignalService.Outcome o = signals.compute(
        new SignalParams(Period.parse("2018"), Area.parse("NY"), MIN_PAY_N, 5), "it");

    Map<Long, Stored> inScope = new HashMap<>();
    jdbc.query("select id, employer, soc_code, pay_annual_min, pay_annual_max, duplicate_of from posting"
        + " where state = 'NY' and posted_on >= date '2018-01-01' and posted_on < date '2019-01-01'", rs -> {
          Object dup = rs.getObject("duplicate_of");
          inScope.put(rs.getLong("id"), new Stored(rs.getString("employer"), rs.getString("soc_code"),
              midpoint(rs.getBigDecimal("pay_annual_min"), rs.getBigDecimal("pay_annual_max")), dup != null));
        });
    long duplicates = inScope.values().stream().filter(Stored::duplicate).count();
    assertThat(o.run().duplicates()).isEqualTo(duplicates).as("the sample repeats jobs (internal and external postings)")
        .isPositive();
    assertThat(o.run().postings()).isEqualTo(inScope.size() - duplicates);

    Map<Long, Map<String, String>> levels = new HashMap<>();
    jdbc.query("select posting_id, credential_code, requirement from posting_mention", rs -> {
      Stored p = inScope.get(rs.getLong(1));
      if (p != null && !p.duplicate()) {
        levels.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).merge(rs.getString(2), rs.getString(3),
            (a, b) -> STRONGEST_FIRST.indexOf(a) <= STRONGEST_FIRST.indexOf(b) ? a : b);
      }
    });

    Map<String, List<Long>> cells = new TreeMap<>();
    inScope.forEach((id, p) -> {
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
        expected.put(code + " " + cell, expectedRow(cell, code, ids, inScope, levels));
      }
    });
    Map<String, String> actual = new TreeMap<>();
    for (CredentialSignal r : o.rows()) {
      actual.put(r.credentialCode().value() + " " + r.socCode(), describe(r));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(o.rows()).anySatisfy(r -> assertThat(r.requiredPostings()).isPositive());
    assertThat(o.rows()).allSatisfy(r -> assertThat(r.area()).isEqualTo("NY"));

    SignalService.Outcome again = signals.compute(
        new SignalParams(Period.parse("2018"), Area.parse("NY"), MIN_PAY_N, 5), "it");
    assertThat(again.reused()).isTrue();
    assertThat(again.run().runId()).isEqualTo(o.run().runId());
    NycSignalRun.removePostings(jdbc);
  }

  private String expectedRow(String cell, String code, List<Long> ids, Map<Long, Stored> postings,
      Map<Long, Map<String, String>> levels) {
    Map<String, Integer> byLevel = new HashMap<>();
    Set<String> employers = new HashSet<>();
    List<BigDecimal> with = new ArrayList<>();
    List<BigDecimal> without = new ArrayList<>();
    for (long id : ids) {
      Stored p = postings.get(id);
      String level = levels.getOrDefault(id, Map.of()).get(code);
      if (level == null) {
        if (p.pay() != null) {
          without.add(p.pay());
        }
        continue;
      }
      byLevel.merge(level, 1, Integer::sum);
      if (!level.equals("negated") && p.employer() != null && !p.employer().isBlank()) {
        employers.add(p.employer().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      }
      if (!level.equals("negated") && !level.equals("mentioned") && p.pay() != null) {
        with.add(p.pay());
      }
    }
    int negated = byLevel.getOrDefault("negated", 0);
    int named = byLevel.values().stream().mapToInt(Integer::intValue).sum();
    BigDecimal medianWith = with.size() >= MIN_PAY_N ? median(with) : null;
    BigDecimal medianWithout = without.size() >= MIN_PAY_N ? median(without) : null;
    boolean occupation = !cell.equals("all") && !cell.equals("unknown");
    BigDecimal premium = occupation && medianWith != null && medianWithout != null ? medianWith.subtract(medianWithout) : null;
    return String.join("|", String.valueOf(named - negated), String.valueOf(ids.size()),
        String.valueOf(byLevel.getOrDefault("required", 0)), String.valueOf(byLevel.getOrDefault("preferred", 0)),
        String.valueOf(byLevel.getOrDefault("alternative", 0)), String.valueOf(byLevel.getOrDefault("required_later", 0)),
        String.valueOf(byLevel.getOrDefault("mentioned", 0)), String.valueOf(negated), String.valueOf(employers.size()),
        money(medianWith), String.valueOf(with.size()), money(medianWithout), String.valueOf(without.size()), money(premium));
  }

  private static String describe(CredentialSignal r) {
    return String.join("|", String.valueOf(r.postings()), String.valueOf(r.occupationPostings()),
        String.valueOf(r.requiredPostings()), String.valueOf(r.preferredPostings()), String.valueOf(r.alternativePostings()),
        String.valueOf(r.requiredLaterPostings()), String.valueOf(r.mentionedPostings()), String.valueOf(r.negatedPostings()),
        String.valueOf(r.employers()), money(r.medianPayWith()), String.valueOf(r.payWithN()),
        money(r.medianPayWithout()), String.valueOf(r.payWithoutN()), money(r.payPremium()));
  }

  private static String money(BigDecimal v) {
    return v == null ? "-" : v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static BigDecimal median(List<BigDecimal> values) {
    List<BigDecimal> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2).setScale(2, RoundingMode.HALF_EVEN)
        : s.get(n / 2 - 1).add(s.get(n / 2)).divide(new BigDecimal(2), 2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal midpoint(BigDecimal min, BigDecimal max) {
    if (min == null || max == null) {
      return min == null ? (max == null ? null : max.setScale(2, RoundingMode.HALF_EVEN)) : min.setScale(2, RoundingMode.HALF_EVEN);
    }
    return min.add(max).divide(new BigDecimal(2), 2, RoundingMode.HALF_EVEN);
  }

  private record Stored(String employer, String soc, BigDecimal pay, boolean duplicate) {
    List<String> cells() {
      if (soc == null || !soc.matches("\\d{2}-\\d{4}")) {
        return List.of("unknown", "all");
      }
      String major = soc.substring(0, 2) + "-0000";
      return soc.equals(major) ? List.of(soc, "all") : List.of(soc, major, "all");
    }
  }
}
