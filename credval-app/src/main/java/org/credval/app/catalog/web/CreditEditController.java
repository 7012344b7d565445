package org.credval.app.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.credval.app.catalog.CatalogEditException;
import org.credval.app.catalog.credit.CreditChange;
import org.credval.app.catalog.credit.CreditEditor;
import org.credval.app.catalog.credit.CreditEntries;
import org.credval.app.catalog.credit.CreditHistory;
import org.credval.app.catalog.credit.Stored;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.NotFoundException;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.code.CredentialCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysts' forms to add, edit and retire a credential's articulation agreements ({@code
 * kind} {@code articulation}) and apprenticeship credit ({@code apprenticeship}), each with a
 * required reason, and an entry's history (ROLE_ANALYST, see SecurityConfig).
 */
@Controller
@RequestMapping("/credentials/{code}/credit/{kind}")
class CreditEditController {

  static final String ARTICULATION = "articulation";
  static final String APPRENTICESHIP = "apprenticeship";

  private final CredentialPages credentials;
  private final CreditPages credit;
  private final CreditEditor editor;
  private final CreditHistory history;

  CreditEditController(CredentialPages credentials, CreditPages credit, CreditEditor editor, CreditHistory history) {
    this.credentials = credentials;
    this.credit = credit;
    this.editor = editor;
    this.history = history;
  }

  @GetMapping("/new")
  String addForm(@PathVariable String code, @PathVariable String kind, Model model) {
    return page(credential(code), kind(kind), null, new CreditForm(), model);
  }

  @PostMapping("/new")
  String add(@PathVariable String code, @PathVariable String kind, @ModelAttribute("form") CreditForm form,
      BindingResult binding, Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    CredentialDetail c = credential(code);
    String k = kind(kind);
    try {
      if (k.equals(ARTICULATION)) {
        editor.add(CreditEntries.articulation(form.cells(c.code())), user.getName(), form.getReason());
      } else {
        editor.add(CreditEntries.apprenticeship(form.cells(c.code())), user.getName(), form.getReason());
      }
    } catch (CatalogEditException e) {
      return refused(e, c, k, null, form, binding, model, response);
    }
    redirect.addFlashAttribute("saved", (k.equals(ARTICULATION) ? "The agreement" : "The apprenticeship credit")
        + " was added to " + c.code() + " and to its history.");
    return "redirect:/credentials/" + c.code() + "#credit";
  }

  @GetMapping("/{id}")
  String editForm(@PathVariable String code, @PathVariable String kind, @PathVariable long id, Model model) {
    CredentialDetail c = credential(code);
    String k = kind(kind);
    return page(c, k, id, form(c, k, id), model);
  }

  @PostMapping("/{id}")
  String save(@PathVariable String code, @PathVariable String kind, @PathVariable long id,
      @ModelAttribute("form") CreditForm form, BindingResult binding, Principal user, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    CredentialDetail c = credential(code);
    String k = kind(kind);
    form(c, k, id); // 404 for an entry of another credential
    try {
      if (k.equals(ARTICULATION)) {
        editor.update(id, form.getVersion(), CreditEntries.articulation(form.cells(c.code())), user.getName(), form.getReason());
      } else {
        editor.update(id, form.getVersion(), CreditEntries.apprenticeship(form.cells(c.code())), user.getName(), form.getReason());
      }
    } catch (CatalogEditException e) {
      return refused(e, c, k, id, form, binding, model, response);
    }
    redirect.addFlashAttribute("saved", "Your change was saved and added to the entry's history.");
    return "redirect:/credentials/" + c.code() + "#credit";
  }

  @PostMapping("/{id}/retire")
  String retire(@PathVariable String code, @PathVariable String kind, @PathVariable long id,
      @ModelAttribute("form") CreditForm form, BindingResult binding, Principal user, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    CredentialDetail c = credential(code);
    String k = kind(kind);
    CreditForm current = form(c, k, id);
    try {
      if (k.equals(ARTICULATION)) {
        editor.retireArticulation(id, form.getVersion(), user.getName(), form.getReason());
      } else {
        editor.retireApprenticeship(id, form.getVersion(), user.getName(), form.getReason());
      }
    } catch (CatalogEditException e) {
      model.addAttribute("retireError", e.getMessage());
      model.addAttribute("retireReason", form.getReason());
      response.setStatus(e.httpStatus());
      return page(c, k, id, current, model);
    }
    redirect.addFlashAttribute("saved", "The entry is now retired. It stays on the page with its history and no longer counts.");
    return "redirect:/credentials/" + c.code() + "#credit";
  }

  private String refused(CatalogEditException e, CredentialDetail c, String kind, Long id, CreditForm form,
      BindingResult binding, Model model, HttpServletResponse response) {
    if (e.kind() == CatalogEditException.Kind.NOT_FOUND) {
      throw new NotFoundException(e.getMessage());
    }
    String field = CreditForm.property(e.field());
    if (field != null) {
      binding.rejectValue(field, "invalid", e.getMessage());
    } else {
      binding.reject(e.kind().name(), e.getMessage());
    }
    response.setStatus(e.httpStatus());
    return page(c, kind, id, form, model);
  }

  private String page(CredentialDetail c, String kind, Long id, CreditForm form, Model model) {
    model.addAttribute("credential", c);
    model.addAttribute("kind", kind);
    model.addAttribute("entryId", id);
    model.addAttribute("form", form);
    model.addAttribute("units", java.util.Arrays.stream(CreditUnit.values()).map(u -> new Choice(u.key(), u.label())).toList());
    List<CreditChange> changes = id == null ? List.of()
        : history.of(kind.equals(ARTICULATION) ? "articulation" : "apprenticeship", id);
    model.addAttribute("changes", changes);
    model.addAttribute("entryRetired", id != null && retired(c, kind, id));
    return "credentials/credit-form";
  }

  private boolean retired(CredentialDetail c, String kind, long id) {
    CredentialCode code = new CredentialCode(c.code());
    return kind.equals(ARTICULATION) ? credit.articulation(code, id).map(Stored::retired).orElse(false)
        : credit.apprenticeship(code, id).map(Stored::retired).orElse(false);
  }

  private CreditForm form(CredentialDetail c, String kind, long id) {
    CredentialCode code = new CredentialCode(c.code());
    String missing = "There is no such entry for " + c.code() + ". It may belong to another credential.";
    if (kind.equals(ARTICULATION)) {
      var s = credit.articulation(code, id).orElseThrow(() -> new NotFoundException(missing));
      return CreditForm.of(s.entry(), s.version());
    }
    var s = credit.apprenticeship(code, id).orElseThrow(() -> new NotFoundException(missing));
    return CreditForm.of(s.entry(), s.version());
  }

  private CredentialDetail credential(String code) {
    return CredentialController.find(credentials, BadInputException.parse(code, CredentialCode::parse));
  }

  private static String kind(String kind) {
    if (!kind.equals(ARTICULATION) && !kind.equals(APPRENTICESHIP)) {
      throw new NotFoundException("There is no such kind of credit: use articulation or apprenticeship.");
    }
    return kind;
  }
}
