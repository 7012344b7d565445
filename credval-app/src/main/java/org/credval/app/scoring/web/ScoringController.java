package org.credval.app.scoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credval.app.platform.web.NotFoundException;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.OccupationMarkets;
import org.credval.app.scoring.RubricSource;
import org.credval.app.scoring.ScoringProperties;
import org.credval.app.scoring.ScoringRuns;
import org.credval.app.scoring.ScoringService;
import org.credval.core.scoring.DataSet;
import org.credval.core.scoring.RubricPresets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rubrics and scoring runs: the list, a run's scored credentials with filters and export, one
 * credential's explanation, and starting a run (analysts).
 */
@Controller
@RequestMapping("/scoring")
class ScoringController {

  private final ScoringRuns runs;
  private final ScoringService scoring;
  private final ScoringProperties properties;

  ScoringController(ScoringRuns runs, ScoringService scoring, ScoringProperties properties) {
    this.runs = runs;
    this.scoring = scoring;
    this.properties = properties;
  }

  /** A preset as listed on the page. */
  record Preset(String name, String version, String title, String basedOn) {}

  @GetMapping
  String index(Model model) {
    model.addAttribute("presets", RubricPresets.NAMES.stream().map(n -> {
      var r = RubricPresets.load(n);
      return new Preset(n, r.version(), r.title(), r.basedOn());
    }).toList());
    model.addAttribute("rubrics", runs.rubrics());
    model.addAttribute("runs", runs.runs());
    model.addAttribute("livingWage", properties.defaultLivingWage());
    model.addAttribute("dataSets", List.of("postings", "articulation", "priority_occupations", "projections", "wages"));
    return "scoring/index";
  }

  @PostMapping("/runs")
  String start(@RequestParam String rubric, @RequestParam String state, @RequestParam String period,
      @RequestParam(required = false) BigDecimal livingWage, @RequestParam(required = false) List<String> allowMissing,
      Principal user, Model model, HttpServletResponse response) throws java.io.IOException {
    try {
      RubricSource source = source(rubric);
      ScoringService.Request request = new ScoringService.Request(OccupationMarkets.state(state),
          OccupationMarkets.year(period), livingWage == null ? properties.defaultLivingWage()
              : new LivingWage(livingWage, "given in the run form"), dataSets(allowMissing));
      String id = scoring.store(scoring.score(source, request), user.getName());
      return "redirect:/scoring/runs/" + id;
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("form", Map.of("rubric", rubric, "state", state, "period", period));
      return index(model);
    }
  }

  RubricSource source(String rubric) throws java.io.IOException {
    if (RubricPresets.NAMES.contains(rubric)) {
      return RubricSource.of(rubric);
    }
    ScoringRuns.StoredRubric stored = runs.rubric(rubric).orElseThrow(() -> new IllegalArgumentException(
        "no stored rubric " + rubric));
    return new RubricSource(RubricSource.text(stored.text(), stored.key() + " " + stored.version()).rubric(),
        stored.text(), stored.preset());
  }

  static Set<DataSet> dataSets(List<String> keys) {
    Set<DataSet> out = EnumSet.noneOf(DataSet.class);
    if (keys != null) {
      keys.forEach(k -> DataSet.fromKey(k).ifPresent(out::add));
    }
    return out;
  }

  @GetMapping("/runs/{id}")
  String run(@PathVariable String id, @RequestParam(defaultValue = "") String placement,
      @RequestParam(defaultValue = "") String q, Model model) {
    ScoringRuns.RunInfo run = find(id);
    List<ScoringRuns.StoredResult> all = runs.results(run.runId());
    Map<String, Long> counts = new TreeMap<>();
    all.forEach(r -> counts.merge(r.placement(), 1L, Long::sum));
    String needle = q.strip().toLowerCase(Locale.ROOT);
    model.addAttribute("run", run);
    model.addAttribute("counts", counts);
    model.addAttribute("placement", placement);
    model.addAttribute("q", q.strip());
    model.addAttribute("results", all.stream()
        .filter(r -> placement.isEmpty() || r.placement().equals(placement))
        .filter(r -> needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)
            || r.code().toLowerCase(Locale.ROOT).contains(needle))
        .sorted(ScoringPages.byPlacement(run))
        .toList());
    model.addAttribute("otherRuns", runs.runs().stream().filter(r -> !r.runId().equals(run.runId())).toList());
    return "scoring/run";
  }

  @GetMapping("/runs/{id}/export.{format}")
  ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String format) {
    ScoringRuns.RunInfo run = find(id);
    boolean json = switch (format) {
      case "json" -> true;
      case "csv" -> false;
      default -> throw new NotFoundException("Runs export as .csv or .json, not ." + format);
    };
    byte[] body = runs.output(run.runId(), json).getBytes(StandardCharsets.UTF_8);
    String name = "credval-" + run.rubricKey() + "-" + run.state() + "-" + run.period() + "-" + run.runId().substring(0, 8)
        + "." + format;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(json ? MediaType.APPLICATION_JSON : new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  @GetMapping("/runs/{id}/credentials/{code}")
  String explanation(@PathVariable String id, @PathVariable String code, Model model) {
    ScoringRuns.RunInfo run = find(id);
    String c = code.strip().toUpperCase(Locale.ROOT);
    ScoringRuns.StoredResult result = runs.results(run.runId()).stream().filter(r -> r.code().equals(c)).findFirst()
        .orElseThrow(() -> new NotFoundException("Run " + run.runId().substring(0, 8) + " has no credential " + c + "."));
    model.addAttribute("run", run);
    model.addAttribute("result", result);
    model.addAttribute("criteria", runs.criteria(run.runId(), c));
    return "scoring/credential";
  }

  @GetMapping("/rubrics/{digest}")
  String rubric(@PathVariable String digest, Model model) {
    ScoringRuns.StoredRubric r = runs.rubric(digest).orElseThrow(() -> new NotFoundException(
        "There is no stored rubric with digest " + digest + "."));
    model.addAttribute("rubric", r);
    model.addAttribute("runs", runs.runs().stream().filter(x -> x.rubricDigest().equals(r.digest())).toList());
    return "scoring/rubric";
  }

  @GetMapping("/presets/{name}")
  ResponseEntity<String> preset(@PathVariable String name) {
    if (!RubricPresets.NAMES.contains(name)) {
      throw new NotFoundException("There is no preset " + name + "; presets: " + String.join(", ", RubricPresets.NAMES));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(RubricPresets.text(name));
  }

  ScoringRuns.RunInfo find(String id) {
    return runs.run(id).orElseThrow(() -> new NotFoundException("There is no stored scoring run " + id + "."));
  }
}
