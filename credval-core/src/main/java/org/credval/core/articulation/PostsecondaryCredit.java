package org.credval.core.articulation;

import java.util.Comparator;
import java.util.List;

/**
 * The articulation agreements and apprenticeship credit of a catalog, e.g. for a CTDL export. Lists
 * are kept in a stable order (by key) so that exports are deterministic.
 */
public record PostsecondaryCredit(List<Articulation> articulations, List<ApprenticeshipCredit> apprenticeships) {

  public static final PostsecondaryCredit NONE = new PostsecondaryCredit(List.of(), List.of());

  public PostsecondaryCredit {
    articulations = articulations.stream().sorted(Comparator.comparing(Articulation::key)).toList();
    apprenticeships = apprenticeships.stream().sorted(Comparator.comparing(ApprenticeshipCredit::key)).toList();
  }
}
