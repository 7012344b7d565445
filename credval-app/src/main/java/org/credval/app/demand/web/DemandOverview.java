package org.credval.app.demand.web;

import java.util.List;

/**
 * What {@code /demand} and {@code /api/demand} show: credentials of one occupation cell of one
 * signal run, most postings first, and the choices the filters offer.
 *
 * @param run the run shown, or null when there is none for the period and area asked
 * @param group the occupation cell: {@code all}, a major group ({@code 29-0000}) or {@code unknown}
 * @param cellPostings postings counted in the cell, with or without any credential
 * @param periods the periods some run covers
 * @param areas the areas some run covers
 * @param groups the cells of the run a filter can choose
 */
public record DemandOverview(
    SignalRun run,
    String period,
    String area,
    String group,
    int cellPostings,
    List<CredentialDemand> credentials,
    List<String> periods,
    List<String> areas,
    List<OccupationGroup> groups,
    List<SignalRun> runs) {

  public DemandOverview {
    credentials = List.copyOf(credentials);
    periods = List.copyOf(periods);
    areas = List.copyOf(areas);
    groups = List.copyOf(groups);
    runs = List.copyOf(runs);
  }

  public boolean allOccupations() {
    return DemandScope.ALL.equals(group);
  }

  /** The chosen occupation cell in words. */
  public String groupLabel() {
    return groups.stream().filter(g -> g.code().equals(group)).map(OccupationGroup::label).findFirst()
        .orElse(allOccupations() ? "All occupations" : group);
  }

  /** The first credentials, as the chart shows them. */
  public List<CredentialDemand> top(int n) {
    return credentials.subList(0, Math.min(n, credentials.size()));
  }
}
