package org.credval.app.catalog.web;

/** A credential on the other end of a stack link. */
public record LinkedCredential(String code, String name, String status) {

  public boolean retired() {
    return "retired".equalsIgnoreCase(status);
  }
}
