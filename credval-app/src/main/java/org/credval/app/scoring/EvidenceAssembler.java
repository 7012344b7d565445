package org.credval.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.credval.app.catalog.Credentials;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.code.SocCode;
import org.springframework.stereotype.Service;

/**
 * Gathers, for a state and period, the evidence every rubric criterion reads about every active
 * credential: the labor market of its occupations, employer signals from job postings, the
 * catalog's quality facts and postsecondary credit. Each fact carries its numbers and source; what
 * the loaded data cannot answer is a "no evidence" fact saying what is missing.
 */
@Service
public class EvidenceAssembler {

  private final Credentials credentials;
  private final OccupationMarkets markets;
  private final EmployerSignals signals;
  private final PostsecondaryFacts postsecondary;

  EvidenceAssembler(Credentials credentials, OccupationMarkets markets, EmployerSignals signals,
      PostsecondaryFacts postsecondary) {
    this.credentials = credentials;
    this.markets = markets;
    this.signals = signals;
    this.postsecondary = postsecondary;
  }

  public StateEvidence assemble(String state, int year, LivingWage livingWage, Function<MarketSnapshot, StarRatings> stars) {
    MarketSnapshot market = markets.snapshot(state, year);
    StarRatings ratings = stars.apply(market);
    Optional<EmployerSignals.Run> stateRun = signals.latest(state, year);
    Optional<EmployerSignals.Run> nationRun = stateRun.isPresent() ? stateRun : signals.latest("US", year);
    PostsecondaryFacts.Credit credit = postsecondary.load(year);
    List<String> notes = new ArrayList<>();
    Set<String> dataSets = new LinkedHashSet<>(List.of("catalog", "living_wage"));
    if (market.occupations().values().stream().anyMatch(o -> o.wage() != null)) {
      dataSets.add("wages");
    }
    if (market.projectionPeriod() != null) {
      dataSets.add("projections");
    }
    if (!ratings.isEmpty()) {
      dataSets.add("priority_occupations");
    }
    if (nationRun.isPresent()) {
      dataSets.add("postings");
    }
    if (credit.loaded()) {
      dataSets.add("articulation");
    }
    if (market.stateArea() == null) {
      notes.add("No OEWS wages of " + state + " are loaded: national wages stand in, labeled as such.");
    }
    notes.add("Openings and growth are BLS national projections" + (market.projectionPeriod() == null ? " (none loaded)"
        : " " + market.projectionPeriod()) + "; state projections are not loaded.");
    if (stateRun.isEmpty()) {
      notes.add(nationRun.isPresent() ? "No job-postings signal run for " + state + ": ratios come from the national run,"
          + " counts are no evidence." : "No job-postings signal run is stored: employer-signal criteria are no evidence.");
    }
    if (!credit.loaded()) {
      notes.add("No articulation agreements are loaded: credit-hour criteria are no evidence.");
    }
    notes.add("Living wage: " + livingWage.text() + ".");
    List<CredentialFacts> out = new ArrayList<>();
    for (Credential c : credentials.catalog().all()) {
      if (c.status() != CredentialStatus.ACTIVE) {
        continue;
      }
      List<OccupationMarket> occs = c.socCodes().stream().map(market::occupation).filter(o -> o != null).toList();
      Map<String, Fact> facts = new LinkedHashMap<>();
      SignalFacts sf = new SignalFacts(state, c, stateRun, nationRun);
      put(facts, sf.postingsDemand());
      put(facts, sf.requiredShare());
      put(facts, sf.payPremium());
      put(facts, sf.portability());
      LaborFacts lf = new LaborFacts(c, occs, market, livingWage);
      put(facts, lf.wage());
      put(facts, lf.openings());
      put(facts, lf.growth());
      put(facts, lf.stars(ratings));
      put(facts, QualityFacts.thirdParty(c));
      put(facts, QualityFacts.examBased(c));
      put(facts, lf.entryWageToLivingWage());
      put(facts, QualityFacts.accreditation(c));
      put(facts, QualityFacts.hours(c));
      put(facts, credit.creditHours(c));
      put(facts, credit.apprenticeshipHours(c));
      put(facts, credit.stacks(c));
      out.add(new CredentialFacts(c, occs, facts));
    }
    out.sort(Comparator.comparing(e -> e.credential().code().value()));
    return new StateEvidence(state, year, livingWage, market, List.copyOf(out), Set.copyOf(dataSets), List.copyOf(notes));
  }

  private static void put(Map<String, Fact> facts, Fact f) {
    facts.put(f.criterion(), f);
  }

  /** The median of the values, rounded half-even to {@code scale}; null for none. */
  static BigDecimal median(List<BigDecimal> values, int scale) {
    if (values.isEmpty()) {
      return null;
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), scale + 2, RoundingMode.HALF_EVEN);
    return m.setScale(scale, RoundingMode.HALF_EVEN);
  }

  static String socList(List<SocCode> socs) {
    return String.join(", ", socs.stream().map(SocCode::value).toList());
  }
}
