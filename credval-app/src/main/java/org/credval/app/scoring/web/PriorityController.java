package org.credval.app.scoring.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.MarketSnapshot;
import org.credval.app.scoring.OccupationMarkets;
import org.credval.app.scoring.PriorityOccupations;
import org.credval.app.scoring.PriorityTable;
import org.credval.app.scoring.ScoringProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The priority occupations of a state with their star ratings and every input, under the floors chosen in the form. */
@Controller
class PriorityController {

  private final OccupationMarkets markets;
  private final PriorityOccupations priority;
  private final ScoringProperties properties;

  PriorityController(OccupationMarkets markets, PriorityOccupations priority, ScoringProperties properties) {
    this.markets = markets;
    this.priority = priority;
    this.properties = properties;
  }

  @GetMapping("/occupations/priority")
  String page(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "2024") String period,
      @RequestParam(defaultValue = "living-wage") String floor, @RequestParam(defaultValue = "200") BigDecimal minOpenings,
      @RequestParam(required = false) BigDecimal minGrowthRatio, @RequestParam(required = false) BigDecimal minOpeningsShare, @RequestParam(required = false) BigDecimal livingWage,
      @RequestParam(defaultValue = "false") boolean onlyPriority, Model model) {
    model.addAttribute("floors", Arrays.asList(PriorityOccupations.WageFloor.values()));
    model.addAttribute("state", state.strip().toUpperCase(java.util.Locale.ROOT));
    model.addAttribute("period", period);
    model.addAttribute("floor", floor);
    model.addAttribute("minOpenings", minOpenings);
    model.addAttribute("minGrowthRatio", minGrowthRatio);
    model.addAttribute("minOpeningsShare", minOpeningsShare);
    model.addAttribute("onlyPriority", onlyPriority);
    LivingWage lw = livingWage == null ? properties.defaultLivingWage() : new LivingWage(livingWage, "given in the form");
    model.addAttribute("livingWage", lw);
    if (state.isBlank()) {
      return "occupations/priority";
    }
    String st = BadInputException.parse(state, OccupationMarkets::state);
    int year = BadInputException.parse(period, OccupationMarkets::year);
    PriorityOccupations.WageFloor f = BadInputException.parse(floor, PriorityOccupations.WageFloor::fromKey);
    MarketSnapshot market = markets.snapshot(st, year);
    model.addAttribute("market", market);
    PriorityOccupations.Options options = new PriorityOccupations.Options(f, lw,
        minOpenings.signum() == 0 ? null : minOpenings, minGrowthRatio, minOpeningsShare, true);
    List<PriorityOccupations.PriorityOccupation> rows;
    try {
      rows = PriorityTable.ordered(priority.judge(market, options));
      model.addAttribute("floorText", priority.floor(market, options).text());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    long rated = rows.stream().filter(r -> r.stars() != null).count();
    model.addAttribute("method", "deciles of wage, openings and growth among " + rated + " rated occupations, equal weights");
    model.addAttribute("priorityCount", rows.stream().filter(PriorityOccupations.PriorityOccupation::priority).count());
    model.addAttribute("rows", onlyPriority ? rows.stream().filter(PriorityOccupations.PriorityOccupation::priority).toList() : rows);
    return "occupations/priority";
  }
}
