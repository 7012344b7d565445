package org.credval.app.scoring;

import java.util.List;
import java.util.Map;
import org.credval.core.catalog.Credential;

/**
 * Everything the rubric may read about one credential for a state and period.
 *
 * @param occupations the labor market of the catalog's SOC links that the loaded data knows, in catalog order
 * @param facts per criterion key, in criterion order; a criterion without data has a "no evidence" fact
 */
public record CredentialFacts(Credential credential, List<OccupationMarket> occupations,
    Map<String, Fact> facts) {

  public Fact fact(String criterion) {
    return facts.get(criterion);
  }
}
