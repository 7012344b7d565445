package org.credval.core.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of reading a catalog file: the credentials that could be read and every problem
 * found. Reading never stops at the first bad row, so one pass gives the whole import report, and
 * a caller can run it as a dry run before deciding to load.
 */
public record CatalogImport(List<Credential> credentials, List<CatalogProblem> problems, List<Integer> lines) {

  /**
   * @param lines the line each credential was read from, in the same order, or an empty list when
   *     the source has no lines (CTDL JSON-LD)
   */
  public CatalogImport {
    credentials = List.copyOf(credentials);
    problems = List.copyOf(problems);
    lines = List.copyOf(lines);
    if (!lines.isEmpty() && lines.size() != credentials.size()) {
      throw new IllegalArgumentException("one line per credential, or none");
    }
  }

  public CatalogImport(List<Credential> credentials, List<CatalogProblem> problems) {
    this(credentials, problems, List.of());
  }

  /** The line the {@code i}-th credential came from, or 0 when the source has no lines. */
  public int lineOf(int i) {
    return lines.isEmpty() ? 0 : lines.get(i);
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
