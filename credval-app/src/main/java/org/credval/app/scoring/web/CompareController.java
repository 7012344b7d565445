package org.credval.app.scoring.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.app.platform.web.NotFoundException;
import org.credval.app.scoring.ScoringRuns;
import org.credval.core.scoring.RunDiff;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two stored runs side by side, what changed between them, and the change list as CSV or JSON. */
@Controller
@RequestMapping("/scoring/compare")
class CompareController {

  private final ScoringRuns runs;

  CompareController(ScoringRuns runs) {
    this.runs = runs;
  }

  /** One credential in both runs. */
  record Pair(String code, String name, String before, String after, boolean changed) {}

  @GetMapping
  String compare(@RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "false") boolean all,
      Model model) {
    ScoringRuns.RunInfo ra = find(a);
    ScoringRuns.RunInfo rb = find(b);
    RunDiff diff = RunDiff.between(runs.scoringRun(ra), runs.scoringRun(rb));
    Map<String, Pair> pairs = new LinkedHashMap<>();
    Map<String, ScoringRuns.StoredResult> before = new LinkedHashMap<>();
    runs.results(ra.runId()).forEach(r -> before.put(r.code(), r));
    for (ScoringRuns.StoredResult r : runs.results(rb.runId())) {
      ScoringRuns.StoredResult x = before.remove(r.code());
      String was = x == null ? "absent" : x.placement();
      pairs.put(r.code(), new Pair(r.code(), r.name(), was, r.placement(), !was.equals(r.placement())));
    }
    before.values().forEach(x -> pairs.put(x.code(), new Pair(x.code(), x.name(), x.placement(), "absent", true)));
    List<Pair> shown = pairs.values().stream().filter(p -> all || p.changed()).toList();
    model.addAttribute("both", List.of(ra, rb));
    model.addAttribute("a", ra);
    model.addAttribute("b", rb);
    model.addAttribute("diff", diff);
    model.addAttribute("entered", diff.of(RunDiff.Kind.ENTERED));
    model.addAttribute("left", diff.of(RunDiff.Kind.LEFT));
    model.addAttribute("changed", diff.of(RunDiff.Kind.CHANGED));
    model.addAttribute("pairs", shown);
    model.addAttribute("all", all);
    return "scoring/compare";
  }

  @GetMapping("/export.{format}")
  ResponseEntity<byte[]> export(@RequestParam String a, @RequestParam String b,
      @org.springframework.web.bind.annotation.PathVariable String format) {
    ScoringRuns.RunInfo ra = find(a);
    ScoringRuns.RunInfo rb = find(b);
    RunDiff diff = RunDiff.between(runs.scoringRun(ra), runs.scoringRun(rb));
    boolean json = "json".equals(format);
    if (!json && !"csv".equals(format)) {
      throw new NotFoundException("The diff exports as .csv or .json, not ." + format);
    }
    String name = "credval-diff-" + ra.runId().substring(0, 8) + "-" + rb.runId().substring(0, 8) + "." + format;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(json ? MediaType.APPLICATION_JSON : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body((json ? diff.toJson() : diff.toCsv()).getBytes(StandardCharsets.UTF_8));
  }

  private ScoringRuns.RunInfo find(String id) {
    return runs.run(id).orElseThrow(() -> new NotFoundException("There is no stored scoring run " + id + "."));
  }
}
