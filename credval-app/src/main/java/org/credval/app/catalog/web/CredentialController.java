package org.credval.app.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.Htmx;
import org.credval.app.platform.web.NotFoundException;
import org.credval.core.code.CredentialCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The credential search with industry and type filters, and a credential's page. */
@Controller
@RequestMapping("/credentials")
class CredentialController {

  static final int SEARCH_LIMIT = 200;

  private final CredentialPages credentials;
  private final CreditPages credit;

  CredentialController(CredentialPages credentials, CreditPages credit) {
    this.credentials = credentials;
    this.credit = credit;
  }

  /** The whole page, or only the results when htmx asks while the user types. */
  @GetMapping
  String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String industry,
      @RequestParam(defaultValue = "") String type,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("q", q.strip());
    model.addAttribute("industry", industry);
    model.addAttribute("type", type);
    model.addAttribute("hits", credentials.search(q, industry, type, SEARCH_LIMIT));
    model.addAttribute("limit", SEARCH_LIMIT);
    if (Htmx.wantsFragment(request, response)) {
      return "credentials/search :: results";
    }
    model.addAttribute("industries", Choice.of(credentials.industries()));
    model.addAttribute("types", Choice.of(credentials.types()));
    return "credentials/search";
  }

  @GetMapping("/{code}")
  String show(@PathVariable String code, Model model) {
    CredentialDetail c = find(credentials, BadInputException.parse(code, CredentialCode::parse));
    model.addAttribute("credential", c);
    model.addAttribute("credit", credit.of(c));
    return "credentials/show";
  }

  static CredentialDetail find(CredentialPages credentials, CredentialCode code) {
    return credentials.find(code).orElseThrow(() -> new NotFoundException(
        "There is no credential with code " + code + " in the catalog. Check the code, or search by name."));
  }
}
