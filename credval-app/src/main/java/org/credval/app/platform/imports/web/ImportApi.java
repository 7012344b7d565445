package org.credval.app.platform.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.credval.app.platform.imports.ImportBatches;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The import history as JSON. */
@RestController
@RequestMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Imports", description = "Provenance of every data load and every rejected row")
class ImportApi {

  private final ImportBatches batches;

  ImportApi(ImportBatches batches) {
    this.batches = batches;
  }

  @GetMapping
  @Operation(summary = "The most recent loads, newest first (without their rejected rows)")
  List<ImportLoad> history() {
    return batches.recent(ImportController.HISTORY_LIMIT).stream().map(ImportLoad::summary).toList();
  }

  @GetMapping("/{loadId}")
  @Operation(summary = "One load's report with every rejected row (file, line, field, reason, error code)")
  ImportLoad load(@PathVariable String loadId) {
    return ImportLoad.full(ImportController.find(batches, loadId));
  }
}
