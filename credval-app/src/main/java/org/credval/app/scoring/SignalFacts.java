package org.credval.app.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credval.core.catalog.Credential;
import org.credval.core.code.SocCode;
import org.credval.core.scoring.Criterion;
import org.credval.core.scoring.Observation;
import org.credval.core.scoring.SignalEvidence;
import org.credval.core.signals.CredentialSignal;

/**
 * The employer-signal criteria of one credential from the state's signal run, read by credval-core's
 * {@link SignalEvidence}. Counts (postings, employers) come from the state's {@code all} cell or are
 * no evidence; the ratios (required share, pay premium) come from the credential's occupation cells
 * and fall back to the national run, labeled, because a share carries over between areas and a
 * count does not.
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
    return "no job-postings signal run for " + state + " is stored (run credval signals, or credval signals import)";
  }

  Fact postingsDemand() {
    return count(Criterion.POSTINGS_DEMAND);
  }

  Fact portability() {
    return count(Criterion.EMPLOYER_PORTABILITY);
  }

  /** A count from the state's all-occupations cell; a credential no posting names has 0 of the cell's postings. */
  private Fact count(Criterion c) {
    if (stateRun.isEmpty()) {
      return Fact.none(c.key(), noRun());
    }
    EmployerSignals.Run run = stateRun.get();
    Optional<CredentialSignal> all = run.of(code()).stream().filter(r -> r.socCode().equals("all")).findFirst();
    if (all.isEmpty()) {
      return Fact.number(c.key(), java.math.BigDecimal.ZERO, "all occupations in " + run.area() + ", " + run.period()
          + ": no counted posting names it", run.label());
    }
    Observation o = SignalEvidence.observations(all.get(), run.label()).get(c);
    return Fact.of(c.key(), o, o.scope() + " (of " + Money.count(all.get().occupationPostings()) + " postings)");
  }

  Fact requiredShare() {
    String key = Criterion.REQUIRED_SHARE.key();
    if (ratioRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Run run = ratioRun.get();
    List<CredentialSignal> rows = occupationRows(run);
    if (rows.isEmpty()) {
      return Fact.none(key, "no postings coded to its occupations " + EvidenceAssembler.socList(credential.socCodes())
          + " name it in " + run.area() + " (" + run.label() + ")");
    }
    Map<Criterion, Observation> obs = SignalEvidence.observations(SignalEvidence.acrossOccupations(rows), run.label());
    Observation o = obs.get(Criterion.REQUIRED_SHARE);
    if (o == null) {
      return Fact.none(key, "no postings coded to its occupations in " + run.area());
    }
    return Fact.of(key, o, o.scope() + fallback(run));
  }

  Fact payPremium() {
    String key = Criterion.PAY_PREMIUM.key();
    if (ratioRun.isEmpty()) {
      return Fact.none(key, noRun());
    }
    EmployerSignals.Run run = ratioRun.get();
    CredentialSignal r = SignalEvidence.payRow(occupationRows(run));
    if (r == null) {
      return Fact.none(key, "too few postings with a stated pay for its occupations in " + run.area() + " ("
          + run.label() + ")");
    }
    Observation o = SignalEvidence.observations(r, run.label()).get(Criterion.PAY_PREMIUM);
    return Fact.of(key, o, o.scope() + ": median " + Money.text(r.medianPayWith()) + " in " + r.payWithN()
        + " postings asking for it, " + Money.text(r.medianPayWithout()) + " in " + r.payWithoutN() + " without it"
        + fallback(run));
  }

  private List<CredentialSignal> occupationRows(EmployerSignals.Run run) {
    return run.of(code()).stream().filter(r -> socs.contains(r.socCode())).toList();
  }

  private String code() {
    return credential.code().value();
  }

  private String fallback(EmployerSignals.Run run) {
    return run.area().equals(state) ? "" : " (national: no " + state + " signal run)";
  }
}
