package org.credval.app.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Requests from htmx, which swaps part of a page in place while the user types. */
public final class Htmx {

  private Htmx() {}

  /**
   * Whether to answer with only the fragment htmx swaps in. A history restore (the back button
   * after the cache was dropped) needs the whole page. Marks the response as varying by the header
   * so that a browser never shows a cached fragment as a page.
   */
  public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Vary", "HX-Request");
    return request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
  }
}
