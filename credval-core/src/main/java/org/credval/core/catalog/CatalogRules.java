package org.credval.core.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.credval.core.code.CredentialCode;

/**
 * Rules that hold across credentials rather than within one: codes are unique, every stacking link
 * points at a credential in the catalog, and stacking never loops back on itself (a loop would make
 * "next credential" advice to students circular). Every importer applies the same rules, so a TSV
 * file and a CTDL document are judged alike.
 */
public final class CatalogRules {

  /**
   * A broken rule.
   *
   * @param index position of the offending credential in the checked list
   * @param field TSV column name of the offending value
   */
  public record Violation(int index, String field, String reason) {}

  private enum Visit { IN_PROGRESS, DONE }

  private CatalogRules() {}

  /** All violations, in list order; empty when the credentials form a valid catalog. */
  public static List<Violation> check(List<Credential> credentials) {
    return check(credentials, Set.of());
  }

  /**
   * As {@link #check(List)}, but links to {@code reportedElsewhere} are not called unknown: an
   * importer passes the codes of rows it already rejected, so one bad row is reported once rather
   * than again at every credential that stacks into it.
   */
  public static List<Violation> check(List<Credential> credentials, Set<CredentialCode> reportedElsewhere) {
    List<Violation> violations = new ArrayList<>();
    Map<CredentialCode, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < credentials.size(); i++) {
      Credential c = credentials.get(i);
      Integer earlier = firstIndex.putIfAbsent(c.code(), i);
      if (earlier != null) {
        violations.add(new Violation(i, "code", "duplicate code " + c.code()
            + ", already used by \"" + credentials.get(earlier).name() + "\""));
      }
    }
    for (int i = 0; i < credentials.size(); i++) {
      for (CredentialCode target : credentials.get(i).stacksTo()) {
        if (!firstIndex.containsKey(target) && !reportedElsewhere.contains(target)) {
          violations.add(new Violation(i, "stacks_to",
              "unknown credential code " + target + " (add that credential or remove the link)"));
        }
      }
    }
    Map<CredentialCode, Visit> visits = new HashMap<>();
    for (Credential c : credentials) {
      if (!visits.containsKey(c.code())) {
        visit(c.code(), credentials, firstIndex, visits, new ArrayList<>(), violations);
      }
    }
    return violations;
  }

  private static void visit(CredentialCode code, List<Credential> credentials,
      Map<CredentialCode, Integer> firstIndex, Map<CredentialCode, Visit> visits,
      List<CredentialCode> path, List<Violation> violations) {
    visits.put(code, Visit.IN_PROGRESS);
    path.add(code);
    int index = firstIndex.get(code);
    for (CredentialCode next : credentials.get(index).stacksTo()) {
      if (!firstIndex.containsKey(next)) {
        continue;
      }
      Visit state = visits.get(next);
      if (state == Visit.IN_PROGRESS) {
        List<CredentialCode> loop = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
        loop.add(next);
        violations.add(new Violation(index, "stacks_to", "stacking cycle "
            + loop.stream().map(CredentialCode::value).collect(Collectors.joining(" -> "))));
      } else if (state == null) {
        visit(next, credentials, firstIndex, visits, path, violations);
      }
    }
    path.remove(path.size() - 1);
    visits.put(code, Visit.DONE);
  }
}
