package org.credval.app.demand.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the mentions behind a credential's signals.
 *
 * @param level the requirement level shown, or null for every level
 * @param byLevel mentions per level key in the scope, strongest level first
 * @param total mentions at the shown level (all levels when {@code level} is null)
 * @param page the page number, from 1
 */
public record EvidencePage(
    String level, Map<String, Integer> byLevel, int total, int page, int pageSize, List<MentionEvidence> mentions) {

  public EvidencePage {
    byLevel = Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
    mentions = List.copyOf(mentions);
  }

  public int pages() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public int allLevels() {
    return byLevel.values().stream().mapToInt(Integer::intValue).sum();
  }
}
