package org.credval.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credval.core.catalog.Credential;
import org.credval.core.code.SocCode;

/**
 * The employer-signal criteria of one credential from the state's signal run. Counts (postings,
 * employers) are the state's or no evidence; the ratios (required share, pay premium) fall back to
 * the national run, labeled, because a share carries over between areas and a count does not.
 */
final class SignalFacts {

  private final String state;
  private final Credential credential;
  private final Optional<EmployerSignals.Run> stateRun;
  private final Optional<EmployerSignals.Run> ratioRun;
  private final Set<String> socs;

  SignalFacts(String state, Credential c, Optional<EmployerSignals.Run> stateRun, Optional<EmployerSignals.Run> ratioRun) {
    this.state = state;
    this.credential = c;
    this.stateRun = stateRun;
    this.ratioRun = ratioRun;
    this.socs = c.socCodes().stream().map(SocCode::value).collect(Collectors.toSet());
  }

  private String noRun() {
    return "no job-postings signal run for " + state + " is stored (run credval signals)";
  }

  Fact postingsDemand() {
    String key = "postings_demand";
    if (stateRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Row all = allRow(stateRun.get());
    int n = all == null ? 0 : all.postings();
    String of = all == null ? "" : " (of " + Money.count(all.occupationPostings()) + " postings)";
    return Fact.number(key, BigDecimal.valueOf(n), state + ", " + stateRun.get().period() + of,
        stateRun.get().label());
  }

  Fact portability() {
    String key = "employer_portability";
    if (stateRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Row all = allRow(stateRun.get());
    int n = all == null ? 0 : all.employers();
    return Fact.number(key, BigDecimal.valueOf(n), state + ", " + stateRun.get().period(),
        stateRun.get().label());
  }

  Fact requiredShare() {
    String key = "required_share";
    if (ratioRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Run run = ratioRun.get();
    List<EmployerSignals.Row> rows = run.of(credential.code().value()).stream().filter(r -> socs.contains(r.soc())).toList();
    if (rows.isEmpty()) {
      return Fact.none(key, "no postings coded to its occupations " + EvidenceAssembler.socList(credential.socCodes())
          + " name it in " + run.area() + " (" + run.label() + ")");
    }
    int required = rows.stream().mapToInt(EmployerSignals.Row::required).sum();
    int total = rows.stream().mapToInt(EmployerSignals.Row::occupationPostings).sum();
    if (total == 0) {
      return Fact.none(key, "no postings coded to its occupations in " + run.area());
    }
    String where = rows.size() == 1 ? "SOC " + rows.get(0).soc() : "SOC " + String.join(", ",
        rows.stream().map(EmployerSignals.Row::soc).toList());
    return Fact.share(key, required, total, where + " in " + run.area() + ", " + run.period() + fallback(run), run.label());
  }

  Fact payPremium() {
    String key = "pay_premium";
    if (ratioRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Run run = ratioRun.get();
    Optional<EmployerSignals.Row> best = run.of(credential.code().value()).stream()
        .filter(r -> socs.contains(r.soc()) && r.payPremium() != null && r.medianPayWithout() != null
            && r.medianPayWithout().signum() > 0)
        .max((a, b) -> a.payWithN() != b.payWithN() ? Integer.compare(a.payWithN(), b.payWithN()) : b.soc().compareTo(a.soc()));
    if (best.isEmpty()) {
      return Fact.none(key, "too few postings with a stated pay for its occupations in " + run.area() + " ("
          + run.label() + ")");
    }
    EmployerSignals.Row r = best.get();
    BigDecimal share = r.payPremium().divide(r.medianPayWithout(), 4, RoundingMode.HALF_EVEN);
    return Fact.number(key, share, "SOC " + r.soc() + " in " + run.area() + ", " + run.period() + ": median "
        + Money.text(r.medianPayWith()) + " in " + r.payWithN() + " postings asking for it, " + Money.text(r.medianPayWithout())
        + " in " + r.payWithoutN() + " without it" + fallback(run), run.label());
  }

  private String fallback(EmployerSignals.Run run) {
    return run.area().equals(state) ? "" : " (national: no " + state + " signal run)";
  }

  private EmployerSignals.Row allRow(EmployerSignals.Run run) {
    return run.of(credential.code().value()).stream().filter(r -> r.soc().equals("all")).findFirst().orElse(null);
  }
}
