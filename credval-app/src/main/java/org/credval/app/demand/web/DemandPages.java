package org.credval.app.demand.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.NotFoundException;
import org.credval.app.signals.SignalRun;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;
import org.springframework.stereotype.Component;

/**
 * Reads a Demand request (run, period, area, occupation group, level, page), checks it, and puts
 * together what the page and the API show, so both answer the same.
 */
@Component
class DemandPages {

  /** Credentials listed on the overview. */
  static final int LIMIT = 100;
  /** Credentials drawn in the chart. */
  static final int CHART = 15;
  static final int PAGE_SIZE = 20;

  private final DemandSignals signals;
  private final PostingEvidence evidence;

  DemandPages(DemandSignals signals, PostingEvidence evidence) {
    this.signals = signals;
    this.evidence = evidence;
  }

  DemandOverview overview(String runId, String period, String area, String group, String sort) {
    String cell = group(group);
    DemandSort order = DemandSort.parse(sort);
    List<SignalRun> runs = signals.runs();
    Optional<SignalRun> run = signals.choose(runId, blankToNull(period), blankToNull(area));
    if (runId != null && !runId.isBlank() && run.isEmpty()) {
      throw new NotFoundException("There is no signal run " + runId.strip() + ". Choose one from the list.");
    }
    List<String> periods = runs.stream().map(SignalRun::period).distinct().sorted().toList();
    List<String> areas = runs.stream().map(SignalRun::area).distinct()
        .sorted((a, b) -> a.equals("US") ? -1 : b.equals("US") ? 1 : a.compareTo(b)).toList();
    List<String> withoutRun = runs.isEmpty() ? List.of()
        : signals.postingStates().stream().filter(s -> !areas.contains(s)).toList();
    if (run.isEmpty()) {
      String a = blankToNull(area);
      return new DemandOverview(null, null, blankToNull(period), a == null ? null : a.toUpperCase(Locale.ROOT), cell, 0,
          List.of(), periods, areas, withoutRun, List.of(), runs, order);
    }
    SignalRun r = run.get();
    String chosen = runId == null || runId.isBlank() ? null : r.runId();
    return new DemandOverview(r, chosen, r.period(), r.area(), cell, signals.cellPostings(r.runId(), cell),
        signals.ranking(r, cell, order, LIMIT), periods, areas, withoutRun, signals.groups(r.runId()), runs, order);
  }

  CredentialDemandDetail credential(String rawCode, String runId, String period, String area, String group,
      String level, int page) {
    String code = BadInputException.parse(rawCode, CredentialCode::parse).value();
    String cell = group(group);
    String lvl = level(level);
    if (page < 1) {
      throw new BadInputException("page must be 1 or more, was " + page);
    }
    Optional<String> catalogName = signals.credentialName(code);
    Optional<SignalRun> run = signals.choose(runId, blankToNull(period), blankToNull(area));
    String p = run.map(SignalRun::period).orElse(blankToNull(period));
    String a = run.map(SignalRun::area).orElse(blankToNull(area));
    DemandScope scope = new DemandScope(run.orElse(null), p, a, cell);
    CredentialDemand summary = run.flatMap(r -> signals.row(r, code, cell)).orElse(null);
    EvidencePage mentions = evidence.page(code, scope, lvl, page, PAGE_SIZE);
    if (catalogName.isEmpty() && summary == null && mentions.allLevels() == 0) {
      throw new NotFoundException("No credential " + code + " is in the catalog or in the stored job postings.");
    }
    String name = catalogName.orElseGet(() -> signals.displayName(code));
    return new CredentialDemandDetail(code, name, catalogName.isPresent(), run.orElse(null), p, a, cell, summary,
        run.map(r -> signals.byOccupation(r, code, cell)).orElse(List.of()),
        p == null ? List.of() : signals.byArea(p, code, cell), mentions);
  }

  /** {@code all} (the default), {@code unknown}, or a SOC major group such as {@code 29-0000}. */
  static String group(String raw) {
    String g = raw == null || raw.isBlank() ? DemandScope.ALL : raw.strip().toLowerCase(Locale.ROOT);
    if (g.equals(DemandScope.ALL) || g.equals(DemandScope.UNKNOWN) || g.matches("\\d{2}-0000")) {
      return g;
    }
    if (g.matches("\\d{2}")) {
      return g + "-0000";
    }
    throw new BadInputException("'" + raw.strip() + "' is not an occupation group: give a SOC major group such as"
        + " 29-0000 (or 29), 'all' or 'unknown'.");
  }

  /** A requirement level key such as {@code required}, or null for every level. */
  static String level(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("all")) {
      return null;
    }
    return Requirement.fromKey(raw).map(Requirement::key).orElseThrow(() -> new BadInputException(
        "'" + raw.strip() + "' is not a requirement level: give required, required_later, alternative, preferred,"
            + " mentioned or negated."));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
