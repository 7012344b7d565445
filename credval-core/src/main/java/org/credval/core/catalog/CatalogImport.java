package org.credval.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of reading a catalog file: the credentials that could be read and every problem
 * found. Reading never stops at the first bad row, so one pass gives the whole import report, and
 * a caller can run it as a dry run before deciding to load.
 */
public record CatalogImport(List<Credential> credentials, List<CatalogProblem> problems) {

  public CatalogImport {
    credentials = List.copyOf(credentials);
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }

  /** The catalog, or an {@link IllegalStateException} listing the problems when there are any. */
  public CredentialCatalog catalog() {
    if (!isValid()) {
      throw new IllegalStateException(problems.size() + " problem(s) in the catalog:\n  "
          + problems.stream().limit(20).map(CatalogProblem::toString).collect(Collectors.joining("\n  ")));
    }
    return CredentialCatalog.of(credentials);
  }
}
