package org.credval.app.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.credval.app.platform.web.NotFoundException;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.RubricSource;
import org.credval.app.scoring.ScoringRuns;
import org.credval.app.scoring.ScoringService;
import org.credval.core.scoring.RunDiff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What-if (analysts): change a run's rubric thresholds, points, weights or tier bands in a form,
 * see which credentials would enter the list, leave it or change tier, and save the changed
 * rubric as a new version with its run.
 */
@Controller
@RequestMapping("/scoring/what-if")
class WhatIfController {

  private final ScoringRuns runs;
  private final ScoringService scoring;

  WhatIfController(ScoringRuns runs, ScoringService scoring) {
    this.runs = runs;
    this.scoring = scoring;
  }

  @GetMapping
  String form(@RequestParam String run, Model model) {
    ScoringRuns.RunInfo base = find(run);
    ScoringRuns.StoredRubric rubric = rubric(base);
    WhatIfRubric w = new WhatIfRubric(rubric.text());
    return page(base, rubric, w, w.version() + "-whatif", model);
  }

  @PostMapping
  String preview(@RequestParam String run, @RequestParam(defaultValue = "preview") String action,
      @RequestParam Map<String, String> form, Principal user, Model model, HttpServletResponse response) {
    ScoringRuns.RunInfo base = find(run);
    ScoringRuns.StoredRubric rubric = rubric(base);
    WhatIfRubric w = new WhatIfRubric(rubric.text());
    String version = form.getOrDefault("version", "").strip();
    try {
      String text = w.apply(form);
      RubricSource source = RubricSource.text(text, "what-if on " + rubric.key() + " " + rubric.version());
      ScoringService.Request request = new ScoringService.Request(base.state(), Integer.parseInt(base.period()),
          new LivingWage(base.livingWage(), livingWageSource(base)), base.allowedMissingSet());
      ScoringService.Scored scored = scoring.score(source, request);
      if ("save".equals(action)) {
        if (source.rubric().digest().equals(rubric.digest())) {
          throw new IllegalArgumentException("nothing was changed: the rubric is the same as the saved one");
        }
        String id = scoring.storeDerived(scored, rubric.digest(), user.getName());
        return "redirect:/scoring/compare?a=" + base.runId() + "&b=" + id;
      }
      RunDiff diff = RunDiff.between(runs.scoringRun(base), scored.run());
      model.addAttribute("diff", diff);
      model.addAttribute("entered", diff.of(RunDiff.Kind.ENTERED));
      model.addAttribute("left", diff.of(RunDiff.Kind.LEFT));
      model.addAttribute("changed", diff.of(RunDiff.Kind.CHANGED));
      model.addAttribute("newText", text);
      return page(base, rubric, new WhatIfRubric(text), version, model);
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      return page(base, rubric, w, version, model);
    }
  }

  private String livingWageSource(ScoringRuns.RunInfo base) {
    return base.noteList().stream().filter(n -> n.startsWith("Living wage: ")).findFirst()
        .map(n -> "as in run " + base.runId().substring(0, 8)).orElse("as in the base run");
  }

  private String page(ScoringRuns.RunInfo base, ScoringRuns.StoredRubric rubric, WhatIfRubric w, String version,
      Model model) {
    model.addAttribute("base", base);
    model.addAttribute("rubric", rubric);
    model.addAttribute("rules", w.rules());
    model.addAttribute("tiers", w.tiers());
    model.addAttribute("version", version);
    return "scoring/what-if";
  }

  private ScoringRuns.StoredRubric rubric(ScoringRuns.RunInfo run) {
    return runs.rubric(run.rubricDigest()).orElseThrow(() -> new NotFoundException("The run's rubric is not stored."));
  }

  private ScoringRuns.RunInfo find(String id) {
    return runs.run(id).orElseThrow(() -> new NotFoundException("There is no stored scoring run " + id + "."));
  }
}
