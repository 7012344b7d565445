package org.credval.app.platform.web;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in and whether they may edit the catalog. */
@ControllerAdvice
class LayoutModel {

  @ModelAttribute("signedInAs")
  String signedInAs(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  @ModelAttribute("analyst")
  boolean analyst(Principal principal) {
    return principal instanceof Authentication a && a.isAuthenticated()
        && a.getAuthorities().stream().anyMatch(g -> "ROLE_ANALYST".equals(g.getAuthority()));
  }
}
