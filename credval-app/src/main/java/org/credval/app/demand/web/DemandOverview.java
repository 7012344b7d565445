package org.credval.app.demand.web;

import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;
import org.credval.app.signals.SignalRun;

/**
 * What {@code /demand} and {@code /api/demand} show: credentials of one occupation cell of one
 * signal run, most postings first, and the choices the filters offer.
 *
 * @param run the run shown, or null when there is none for the period and area asked
 * @param chosenRun the run id when the request named one (links keep it), else null (links name
 *     the period and area, which select the newest run for them)
 * @param group the occupation cell: {@code all}, a major group ({@code 29-0000}) or {@code unknown}
 * @param cellPostings postings counted in the cell, with or without any credential
 * @param periods the periods some run covers
 * @param areas the areas some run covers
 * @param areasWithoutRun states stored postings are located in that no run covers yet
 * @param groups the cells of the run a filter can choose
 * @param sort the order of {@code credentials}
 */
public record DemandOverview(
    SignalRun run,
    String chosenRun,
    String period,
    String area,
    String group,
    int cellPostings,
    List<CredentialDemand> credentials,
    List<String> periods,
    List<String> areas,
    List<String> areasWithoutRun,
    List<OccupationGroup> groups,
    List<SignalRun> runs,
    DemandSort sort) {

  public DemandOverview {
    credentials = List.copyOf(credentials);
    periods = List.copyOf(periods);
    areas = List.copyOf(areas);
    areasWithoutRun = List.copyOf(areasWithoutRun);
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

  /** The period in words. */
  public String periodLabel() {
    return DemandScope.periodLabel(period);
  }

  /** The area in words. */
  public String areaLabel() {
    return DemandScope.areaLabel(area);
  }

  /** The value of the {@code sort} parameter. */
  public String sortKey() {
    return sort.key();
  }

  /** This overview in another order: the run (when one was named), period, area, group and the sort. */
  public String sortUrl(String sortKey) {
    return scope(UriComponentsBuilder.fromPath("/demand")).queryParam("sort", sortKey).encode().build().toUriString();
  }

  /** A credential's Demand page in the same run, period, area and group. */
  public String credentialUrl(String code) {
    return scope(UriComponentsBuilder.fromPath("/demand/credentials/{code}")).buildAndExpand(code).encode()
        .toUriString();
  }

  private UriComponentsBuilder scope(UriComponentsBuilder b) {
    if (chosenRun != null) {
      b.queryParam("run", chosenRun);
    }
    if (period != null) {
      b.queryParam("period", period);
    }
    if (area != null) {
      b.queryParam("area", area);
    }
    return b.queryParam("group", group);
  }

  /** The first credentials, as the chart shows them. */
  public List<CredentialDemand> top(int n) {
    return credentials.subList(0, Math.min(n, credentials.size()));
  }
}
