package org.credval.app.labormarket.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.NotFoundException;
import org.credval.core.code.SocCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Occupations as JSON: search, and one occupation's wages, projections, credentials and programs. */
@RestController
@RequestMapping(path = "/api/occupations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Occupations", description = "SOC 2018 occupations with BLS wages (OEWS) and projections")
class OccupationApi {

  private final Occupations occupations;

  OccupationApi(Occupations occupations) {
    this.occupations = occupations;
  }

  @GetMapping
  @Operation(summary = "Find occupations by SOC code (or its start), title, SOC direct-match title or O*NET alternate title")
  List<OccupationHit> search(@RequestParam(defaultValue = "") @Parameter(description = "e.g. 29-1141, 2911, nurse") String q) {
    return occupations.search(q, OccupationController.SEARCH_LIMIT);
  }

  @GetMapping("/{soc}")
  @Operation(summary = "One occupation",
      description = "Wages carry the BLS marker in 'flag': '*' not available, '**' employment not available, "
          + "'#' at or above the top of the published range (value holds that bound), '~' under 0.5% of employment. "
          + "Projections are in people, not thousands. 404 for an unknown code, 400 for a malformed one.")
  OccupationDetail get(@PathVariable @Parameter(description = "SOC code, e.g. 29-1141 (also 291141 or 29-1141.00)") String soc,
      @RequestParam(required = false) @Parameter(description = "only this OEWS area, e.g. 99 (national) or 53") String area) {
    SocCode code = BadInputException.parse(soc, SocCode::parse);
    Occupation o = occupations.find(code)
        .orElseThrow(() -> new NotFoundException("There is no occupation with SOC code " + code + " in the loaded data."));
    List<WageRow> wages = occupations.wages(code, area);
    List<OccupationDetail.NationalYear> national = (Area.NATIONAL.equals(area) || area == null
        ? wages : occupations.wages(code, Area.NATIONAL)).stream()
        .filter(w -> w.areaCode().equals(Area.NATIONAL)).map(OccupationDetail.NationalYear::of).toList();
    List<Projection> projections = occupations.projections(code);
    return new OccupationDetail(o.soc(), o.title(), o.level(), o.definition(), o.otherTitles(), wages, national,
        projections, projections.isEmpty() ? null : projections.get(0).annualOpenings(),
        occupations.credentials(code), occupations.programs(code));
  }
}
