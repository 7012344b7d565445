package org.credval.app.labormarket.web;

/**
 * One occupation found by a search.
 *
 * @param matchedTitle the other title (O*NET alternate or SOC direct-match) that matched the
 *     search, or null when the code or the occupation's own title matched
 */
public record OccupationHit(String soc, String title, String level, String matchedTitle) {}
