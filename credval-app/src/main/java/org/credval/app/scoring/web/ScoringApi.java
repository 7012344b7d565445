package org.credval.app.scoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.credval.app.platform.web.NotFoundException;
import org.credval.app.scoring.ScoringRuns;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stored scoring runs as JSON, read-only: the same runs, results and explanations as the /scoring pages. */
@RestController
@RequestMapping(path = "/api/scoring/runs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scoring", description = "Stored scoring runs (credval score, /scoring): digests, placements and the "
    + "explanation of every criterion")
class ScoringApi {

  private final ScoringRuns runs;

  ScoringApi(ScoringRuns runs) {
    this.runs = runs;
  }

  /** A run's header: what was scored, under which rubric, on which evidence, with which digests. */
  record RunSummary(String runId, String state, String period, String rubricKey, String rubricVersion,
      String rubricDigest, String outcome, String inputDigest, String runDigest, String outputDigest,
      BigDecimal livingWage, List<String> dataSets, List<String> allowedMissing, int credentials, int listed,
      OffsetDateTime createdAt, String createdBy) {

    static RunSummary of(ScoringRuns.RunInfo r) {
      return new RunSummary(r.runId(), r.state(), r.period(), r.rubricKey(), r.rubricVersion(), r.rubricDigest(),
          r.outcome(), r.inputDigest(), r.runDigest(), r.outputDigest(), r.livingWage(), split(r.dataSets()),
          split(r.allowedMissing()), r.credentials(), r.listed(), r.createdAt(), r.createdBy());
    }
  }

  /** One credential's place in a run. */
  record Result(String code, String name, String status, String placement, String tier, BigDecimal total,
      Integer points, String nextStep, String nearestMissRule, String nearestMiss, List<String> competesWith,
      List<String> sharedOccupations, List<String> reasons) {

    static Result of(ScoringRuns.StoredResult r) {
      return new Result(r.code(), r.name(), r.status(), r.placement(), r.tier(), r.total(), r.points(), r.nextStep(),
          r.nearestMissRule(), r.nearestMiss(), r.competesWith(), r.sharedOccupations(), r.reasons());
    }
  }

  /** A run with its notes, its count per placement and every credential's result, in code order. */
  record RunDetail(RunSummary run, List<String> notes, Map<String, Integer> placements, List<Result> results) {}

  /** One credential's result with the explanation of every rule of the rubric, in rubric order. */
  record CredentialDetail(RunSummary run, Result result, List<ScoringRuns.StoredCriterion> criteria) {}

  @GetMapping
  @Operation(summary = "Stored scoring runs, newest first",
      description = "Each run names its state, period, rubric key, version and digest, the digest of its evidence "
          + "(inputDigest), of both with the method (runDigest) and of its CSV output (outputDigest): two runs with "
          + "the same runDigest have byte-identical output.")
  List<RunSummary> list() {
    return runs.runs().stream().map(RunSummary::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One run: notes on the evidence, credentials per placement, every credential's result",
      description = "The id is the full run id or its first 8 or more characters. 404 when no run (or more than one) "
          + "matches.")
  RunDetail run(@PathVariable @Parameter(description = "run id, or its first 8+ characters") String id) {
    ScoringRuns.RunInfo info = find(id);
    List<Result> results = runs.results(info.runId()).stream().map(Result::of).toList();
    Map<String, Integer> placements = new TreeMap<>();
    results.forEach(r -> placements.merge(r.placement(), 1, Integer::sum));
    return new RunDetail(RunSummary.of(info), info.noteList(), placements, results);
  }

  @GetMapping("/{id}/credentials/{code}")
  @Operation(summary = "Why one credential landed where it did in a run",
      description = "Its placement, total, next step, nearest missed threshold, competing credentials and, per rule, "
          + "the status (met, partly_met, not_met, no_evidence), the observed value, the threshold, points of the "
          + "maximum, the explanation with numbers and scope, and the source. 404 for an unknown run or a "
          + "credential the run did not score.")
  CredentialDetail credential(@PathVariable @Parameter(description = "run id, or its first 8+ characters") String id,
      @PathVariable @Parameter(description = "8-character credential code, e.g. STHHS001") String code) {
    ScoringRuns.RunInfo info = find(id);
    String wanted = code.toUpperCase(Locale.ROOT);
    ScoringRuns.StoredResult result = runs.results(info.runId()).stream().filter(r -> r.code().equals(wanted))
        .findFirst().orElseThrow(() -> new NotFoundException("Run " + info.runId() + " did not score a credential "
            + wanted + "."));
    return new CredentialDetail(RunSummary.of(info), Result.of(result), runs.criteria(info.runId(), wanted));
  }

  private ScoringRuns.RunInfo find(String id) {
    return runs.run(id).orElseThrow(() -> new NotFoundException("There is no stored scoring run " + id
        + " (give the full id or at least its first 8 characters)."));
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.split(","));
  }
}
