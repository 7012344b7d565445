package org.credval.app.labormarket.web;

import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.Htmx;
import org.credval.app.platform.web.NotFoundException;
import org.credval.core.code.SocCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The occupation search and an occupation's page: wages, projections, credentials, programs. */
@Controller
@RequestMapping("/occupations")
class OccupationController {

  static final int SEARCH_LIMIT = 50;

  private final Occupations occupations;

  OccupationController(Occupations occupations) {
    this.occupations = occupations;
  }

  /** The whole page, or only the results when htmx asks while the user types. */
  @GetMapping
  String search(@RequestParam(defaultValue = "") String q,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("q", q.strip());
    model.addAttribute("hits", occupations.search(q, SEARCH_LIMIT));
    model.addAttribute("limit", SEARCH_LIMIT);
    return Htmx.wantsFragment(request, response) ? "occupations/search :: results" : "occupations/search";
  }

  @GetMapping("/{soc}")
  String show(@PathVariable String soc, @RequestParam(required = false) String area, Model model) {
    SocCode code = BadInputException.parse(soc, SocCode::parse);
    Occupation occupation = occupations.find(code)
        .orElseThrow(() -> new NotFoundException("There is no occupation with SOC code " + code
            + " in the loaded data. Check the code, or search by title."));
    List<Area> areas = occupations.areas(code);
    Area selected = areas.stream().filter(a -> a.code().equals(area)).findFirst()
        .orElse(areas.isEmpty() ? null : areas.get(0));
    model.addAttribute("occupation", occupation);
    model.addAttribute("areas", areas);
    model.addAttribute("area", selected);
    model.addAttribute("wages", selected == null ? List.of() : occupations.wages(code, selected.code()));
    model.addAttribute("byArea", occupations.latestByArea(code));
    model.addAttribute("projections", occupations.projections(code));
    model.addAttribute("credentials", occupations.credentials(code));
    model.addAttribute("programs", occupations.programs(code));
    model.addAttribute("percentiles", WageRow.PERCENTILES);
    return "occupations/show";
  }
}
