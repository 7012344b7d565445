package org.credval.app.demand.web;

import java.util.List;
import org.credval.app.signals.SignalRun;

/**
 * What {@code /demand/credentials/{code}} and its API show: a credential's signals in one cell of a
 * run, by occupation and by area, the credentials named with it, and a page of the posting
 * excerpts that are the evidence.
 *
 * @param inCatalog whether the credential is in the catalog (it may have been retired or renamed
 *     since the run)
 * @param summary the credential's row in the chosen cell, or null when the run has none
 */
public record CredentialDemandDetail(
    String code,
    String name,
    boolean inCatalog,
    SignalRun run,
    String period,
    String area,
    String group,
    CredentialDemand summary,
    List<CredentialDemand> byOccupation,
    List<AreaDemand> byArea,
    EvidencePage evidence) {

  public CredentialDemandDetail {
    byOccupation = List.copyOf(byOccupation);
    byArea = List.copyOf(byArea);
  }

  /** The occupation cell in words: its SOC title and code, as the overview's filter names it. */
  public String groupLabel() {
    if (DemandScope.ALL.equals(group)) {
      return "All occupations";
    }
    String title = byOccupation.stream().filter(r -> r.socCode().equals(group)).map(CredentialDemand::occupationTitle)
        .filter(t -> t != null).findFirst().orElse(null);
    return new OccupationGroup(group, title).label();
  }
}
