package org.credval.app.platform.imports.web;

import java.util.List;
import org.credval.app.platform.imports.ImportBatches;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The import history and one load's report with its rejected rows, a page at a time. */
@Controller
@RequestMapping("/imports")
class ImportController {

  static final int HISTORY_LIMIT = 500;
  static final int REJECTIONS_PER_PAGE = 500;

  private final ImportBatches batches;

  ImportController(ImportBatches batches) {
    this.batches = batches;
  }

  @GetMapping
  String history(Model model) {
    model.addAttribute("loads", batches.recent(HISTORY_LIMIT));
    model.addAttribute("limit", HISTORY_LIMIT);
    return "imports/list";
  }

  @GetMapping("/{loadId}")
  String load(@PathVariable String loadId, @RequestParam(defaultValue = "1") int page, Model model) {
    ImportReport report = find(batches, loadId);
    List<Rejection> all = report.rejections();
    int pages = Math.max(1, (all.size() + REJECTIONS_PER_PAGE - 1) / REJECTIONS_PER_PAGE);
    int p = Math.min(Math.max(page, 1), pages);
    int from = (p - 1) * REJECTIONS_PER_PAGE;
    model.addAttribute("report", report);
    model.addAttribute("rejections", all.subList(from, Math.min(all.size(), from + REJECTIONS_PER_PAGE)));
    model.addAttribute("firstShown", from + 1);
    model.addAttribute("page", p);
    model.addAttribute("pages", pages);
    model.addAttribute("codes", all.stream().map(Rejection::code).distinct().sorted().toList());
    return "imports/show";
  }

  static ImportReport find(ImportBatches batches, String loadId) {
    return batches.find(loadId).orElseThrow(() -> new NotFoundException(
        "There is no import with load id " + loadId + ". The import history lists every load."));
  }
}
