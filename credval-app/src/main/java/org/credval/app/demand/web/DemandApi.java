package org.credval.app.demand.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Employer demand from job postings as JSON: the same numbers as the Demand pages. */
@RestController
@RequestMapping(path = "/api/demand", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Demand", description = "Credentials asked for in job postings, from stored signal runs (credval signals)")
class DemandApi {

  private final DemandPages pages;

  DemandApi(DemandPages pages) {
    this.pages = pages;
  }

  @GetMapping
  @Operation(summary = "Credentials ranked by the postings that name them, in one signal run and occupation group",
      description = "Without parameters: the newest run, all occupations. Each posting counts once, at the strongest "
          + "level it names a credential; 'postings' leaves out postings that say it is not needed (negatedPostings). "
          + "Median pay and the premium are null when fewer postings with pay than the run's minimum (run.params "
          + "min_pay_n) stand behind them; the premium is published only within an occupation group. 'run' is null "
          + "when no run covers the period and area asked; 'areasWithoutRun' lists states with stored postings and no run. "
          + "400 for a malformed group or sort, 404 for an unknown run id.")
  DemandOverview overview(
      @RequestParam(required = false) @Parameter(description = "a signal run id; wins over period and area") String run,
      @RequestParam(required = false) @Parameter(description = "all, a year (2025), a quarter (2025-Q3) or a month (2025-07)") String period,
      @RequestParam(required = false) @Parameter(description = "US or a state postal code, e.g. NY") String area,
      @RequestParam(required = false) @Parameter(description = "all (default), a SOC major group such as 29-0000, or unknown") String group,
      @RequestParam(required = false) @Parameter(description = "postings (default), required-share (required postings"
          + " over the postings that name it), employers or premium; largest first, ties by postings then code") String sort) {
    return pages.overview(run, period, area, group, sort);
  }

  @GetMapping("/credentials/{code}")
  @Operation(summary = "One credential's demand by occupation and area, co-occurring credentials, and a page of evidence",
      description = "Evidence lists each stored mention (postings that repeat another left out) with an excerpt cut "
          + "into parts: TEXT, MATCH (the credential as written), CUE (the phrase or heading that decided the level) "
          + "and GAP (left-out text). 404 when the code is neither in the catalog nor in any posting.")
  CredentialDemandDetail credential(
      @PathVariable @Parameter(description = "8-character credential code, e.g. NURSE001") String code,
      @RequestParam(required = false) @Parameter(description = "a signal run id") String run,
      @RequestParam(required = false) @Parameter(description = "period, as for /api/demand") String period,
      @RequestParam(required = false) @Parameter(description = "area, as for /api/demand") String area,
      @RequestParam(required = false) @Parameter(description = "occupation group, as for /api/demand") String group,
      @RequestParam(required = false) @Parameter(description = "required, required_later, alternative, preferred, mentioned or negated") String level,
      @RequestParam(defaultValue = "1") @Parameter(description = "evidence page, from 1 (20 mentions a page)") int page) {
    return pages.credential(code, run, period, area, group, level, page);
  }
}
