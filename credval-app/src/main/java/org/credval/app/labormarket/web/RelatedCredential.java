package org.credval.app.labormarket.web;

/** A credential the catalog links to an occupation. */
public record RelatedCredential(String code, String name, String issuer, String status) {

  public boolean retired() {
    return "retired".equalsIgnoreCase(status);
  }
}
