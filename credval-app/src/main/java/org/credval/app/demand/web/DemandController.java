package org.credval.app.demand.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.credval.app.platform.web.Htmx;
import org.credval.core.extract.Requirement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Demand from job postings: credentials ranked by postings, and one credential's evidence. */
@Controller
@RequestMapping("/demand")
class DemandController {

  private final DemandPages pages;

  DemandController(DemandPages pages) {
    this.pages = pages;
  }

  /**
   * The whole page, or only the filters, chart and table when htmx asks (a filter changed or a
   * column was sorted); the browser then shows the same URL a full request would have.
   */
  @GetMapping
  String overview(@RequestParam(required = false) String run, @RequestParam(required = false) String period,
      @RequestParam(required = false) String area, @RequestParam(required = false) String group,
      @RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    DemandOverview o = pages.overview(run, period, area, group, sort);
    model.addAttribute("o", o);
    model.addAttribute("chart", o.top(DemandPages.CHART));
    model.addAttribute("limit", DemandPages.LIMIT);
    return Htmx.wantsFragment(request, response) ? "demand/index :: view" : "demand/index";
  }

  @GetMapping("/credentials/{code}")
  String credential(@PathVariable String code, @RequestParam(required = false) String run,
      @RequestParam(required = false) String period, @RequestParam(required = false) String area,
      @RequestParam(required = false) String group, @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("d", pages.credential(code, run, period, area, group, level, page));
    model.addAttribute("levels", Arrays.stream(Requirement.values()).map(Requirement::key).toList());
    return "demand/credential";
  }
}
