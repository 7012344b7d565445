package org.credval.app.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the HTML pages: a friendly page that says what was not found or what was wrong with
 * the input. Anything else falls through to Spring Boot's error controller, which renders the same
 * template without details (never a stack trace).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
  }

  @ExceptionHandler(BadInputException.class)
  String badInput(BadInputException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
  }

  private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("error", status.getReasonPhrase());
    model.addAttribute("explanation", message);
    return "error";
  }
}
