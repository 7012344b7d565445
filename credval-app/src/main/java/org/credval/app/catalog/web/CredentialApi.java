package org.credval.app.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.credval.app.platform.web.BadInputException;
import org.credval.core.code.CredentialCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The credential catalog as JSON: search with filters, and one credential in full. */
@RestController
@RequestMapping(path = "/api/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Credentials", description = "The curated catalog of industry-recognized credentials")
class CredentialApi {

  private final CredentialPages credentials;

  CredentialApi(CredentialPages credentials) {
    this.credentials = credentials;
  }

  @GetMapping
  @Operation(summary = "Find credentials by name, alias, code or issuer; filter by industry and type",
      description = "An empty query lists the catalog. Active credentials come before retired ones.")
  List<CredentialHit> search(
      @RequestParam(defaultValue = "") @Parameter(description = "e.g. nursing, CompTIA, A+") String q,
      @RequestParam(defaultValue = "") @Parameter(description = "sector key, e.g. healthcare") String industry,
      @RequestParam(defaultValue = "") @Parameter(description = "certification, license, certificate, badge or apprenticeship_certificate") String type) {
    return credentials.search(q, industry, type, CredentialController.SEARCH_LIMIT);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One credential with its occupations, stack links and change history",
      description = "costUsd and hours are absent when not published. 404 for an unknown code, 400 for a malformed one.")
  CredentialDetail get(@PathVariable @Parameter(description = "8-character credential code, e.g. COMPT001") String code) {
    return CredentialController.find(credentials, BadInputException.parse(code, CredentialCode::parse));
  }
}
