package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An occupation cell of a signal run that the Demand filter can choose: a SOC major group such as
 * {@code 29-0000}, or {@code unknown} for postings no occupation could be coded for.
 *
 * @param title the SOC title where the SOC list is loaded, else null
 */
public record OccupationGroup(String code, String title) {

  @JsonProperty("label")
  public String label() {
    if (DemandScope.UNKNOWN.equals(code)) {
      return "Occupation not coded";
    }
    return title == null ? code : title + " (" + code + ")";
  }
}
