package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * An occupation cell of a signal run that the Demand filter can choose: a SOC major group such as
 * {@code 29-0000}, or {@code unknown} for postings no occupation could be coded for.
 *
 * @param title the title in the loaded SOC list, else null (the SOC 2018 title is used then)
 */
public record OccupationGroup(String code, String title) {

  /** The 23 SOC 2018 major groups, for databases where the SOC list was not loaded. */
  static final Map<String, String> SOC_2018 = Map.ofEntries(
      Map.entry("11-0000", "Management Occupations"),
      Map.entry("13-0000", "Business and Financial Operations Occupations"),
      Map.entry("15-0000", "Computer and Mathematical Occupations"),
      Map.entry("17-0000", "Architecture and Engineering Occupations"),
      Map.entry("19-0000", "Life, Physical, and Social Science Occupations"),
      Map.entry("21-0000", "Community and Social Service Occupations"),
      Map.entry("23-0000", "Legal Occupations"),
      Map.entry("25-0000", "Educational Instruction and Library Occupations"),
      Map.entry("27-0000", "Arts, Design, Entertainment, Sports, and Media Occupations"),
      Map.entry("29-0000", "Healthcare Practitioners and Technical Occupations"),
      Map.entry("31-0000", "Healthcare Support Occupations"),
      Map.entry("33-0000", "Protective Service Occupations"),
      Map.entry("35-0000", "Food Preparation and Serving Related Occupations"),
      Map.entry("37-0000", "Building and Grounds Cleaning and Maintenance Occupations"),
      Map.entry("39-0000", "Personal Care and Service Occupations"),
      Map.entry("41-0000", "Sales and Related Occupations"),
      Map.entry("43-0000", "Office and Administrative Support Occupations"),
      Map.entry("45-0000", "Farming, Fishing, and Forestry Occupations"),
      Map.entry("47-0000", "Construction and Extraction Occupations"),
      Map.entry("49-0000", "Installation, Maintenance, and Repair Occupations"),
      Map.entry("51-0000", "Production Occupations"),
      Map.entry("53-0000", "Transportation and Material Moving Occupations"),
      Map.entry("55-0000", "Military Specific Occupations"));

  public OccupationGroup {
    if (title == null) {
      title = SOC_2018.get(code);
    }
  }

  @JsonProperty("label")
  public String label() {
    if (DemandScope.UNKNOWN.equals(code)) {
      return "Occupation not coded";
    }
    return title == null ? code : title + " (" + code + ")";
  }
}
