package org.credval.app.catalog.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.credval.app.catalog.CredentialEdit;
import org.credval.app.catalog.CatalogEditException;
import org.credval.app.catalog.CredentialEditor;
import org.credval.app.platform.web.BadInputException;
import org.credval.app.platform.web.NotFoundException;
import org.credval.core.code.CredentialCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysts' edit form and Retire action for one credential (ROLE_ANALYST, see SecurityConfig).
 * Every change needs a reason and is recorded with who made it and when.
 */
@Controller
@RequestMapping("/credentials/{code}")
class CredentialEditController {

  private final CredentialPages credentials;
  private final CredentialEditor editor;

  CredentialEditController(CredentialPages credentials, CredentialEditor editor) {
    this.credentials = credentials;
    this.editor = editor;
  }

  @GetMapping("/edit")
  String form(@PathVariable String code, Model model) {
    CredentialDetail c = CredentialController.find(credentials, BadInputException.parse(code, CredentialCode::parse));
    return page(c, CredentialForm.of(c), model);
  }

  @PostMapping("/edit")
  String save(@PathVariable String code, @ModelAttribute("form") CredentialForm form, BindingResult binding,
      Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    CredentialCode c = BadInputException.parse(code, CredentialCode::parse);
    try {
      CredentialEdit edit = form.toEdit();
      editor.update(c, form.getVersion(), edit, user.getName(), form.getReason());
    } catch (CatalogEditException e) {
      return refused(e, c, form, binding, model, response);
    }
    redirect.addFlashAttribute("saved", "Your change to " + c + " was saved and added to its history.");
    return "redirect:/credentials/" + c;
  }

  @PostMapping("/retire")
  String retire(@PathVariable String code, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
      Principal user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    CredentialCode c = BadInputException.parse(code, CredentialCode::parse);
    try {
      editor.retire(c, version, user.getName(), reason);
    } catch (CatalogEditException e) {
      CredentialDetail current = CredentialController.find(credentials, c);
      model.addAttribute("retireError", e.getMessage());
      model.addAttribute("retireReason", reason);
      response.setStatus(e.httpStatus());
      return page(current, CredentialForm.of(current), model);
    }
    redirect.addFlashAttribute("saved", c + " is now retired. It stays in the catalog with its history.");
    return "redirect:/credentials/" + c;
  }

  private String refused(CatalogEditException e, CredentialCode code, CredentialForm form, BindingResult binding,
      Model model, HttpServletResponse response) {
    if (e.kind() == CatalogEditException.Kind.NOT_FOUND) {
      throw new NotFoundException(e.getMessage());
    }
    if (e.field() != null) {
      binding.rejectValue(e.field(), "invalid", e.getMessage());
    } else {
      binding.reject(e.kind().name(), e.getMessage());
    }
    response.setStatus(e.httpStatus());
    return page(CredentialController.find(credentials, code), form, model);
  }

  private static String page(CredentialDetail c, CredentialForm form, Model model) {
    model.addAttribute("credential", c);
    model.addAttribute("form", form);
    model.addAttribute("types", Choice.of(CredentialEdit.TYPES));
    return "credentials/edit";
  }
}
