package org.credval.app.labormarket.web;

import java.util.List;

/**
 * An occupation as its page shows it.
 *
 * @param level SOC level (major, minor, broad, detailed), or null when the SOC list is not loaded
 * @param definition the SOC 2018 definition, or the O*NET description when there is none
 * @param otherTitles a few titles that people also use for it, from SOC and O*NET
 */
public record Occupation(String soc, String title, String level, String definition, List<String> otherTitles) {

  public Occupation {
    otherTitles = List.copyOf(otherTitles);
  }
}
