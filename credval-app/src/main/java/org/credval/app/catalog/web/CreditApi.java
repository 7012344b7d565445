package org.credval.app.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.credval.app.platform.web.BadInputException;
import org.credval.core.code.CredentialCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A credential's postsecondary credit as JSON. */
@RestController
@RequestMapping(path = "/api/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Credentials")
class CreditApi {

  private final CredentialPages credentials;
  private final CreditPages credit;

  CreditApi(CredentialPages credentials, CreditPages credit) {
    this.credentials = credentials;
    this.credit = credit;
  }

  @GetMapping("/{code}/articulations")
  @Operation(summary = "A credential's articulation agreements, apprenticeship hour credit and stacks",
      description = "Active and retired entries with id, status and version; currency summarises what is in effect today"
          + " (credit hours in semester hours, institutions, apprenticeship hours, stacks). 404 for an unknown code.")
  CreditView get(@PathVariable @Parameter(description = "8-character credential code, e.g. COMPT001") String code) {
    return credit.of(CredentialController.find(credentials, BadInputException.parse(code, CredentialCode::parse)));
  }
}
