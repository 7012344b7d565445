package org.credval.app.catalog.web;

/**
 * One credential found by a search.
 *
 * @param matchedAlias the other name that matched the search, or null when the name, code or
 *     issuer matched
 */
public record CredentialHit(String code, String name, String issuer, String type, String industry, String status,
    String matchedAlias) {

  public boolean retired() {
    return "retired".equalsIgnoreCase(status);
  }

  public String typeLabel() {
    return CatalogLabels.of(type);
  }

  public String industryLabel() {
    return CatalogLabels.of(industry);
  }
}
