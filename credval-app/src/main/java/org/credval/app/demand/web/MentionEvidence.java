package org.credval.app.demand.web;

import java.time.LocalDate;

/**
 * One stored mention of a credential in a posting, with the excerpt that shows it.
 *
 * @param source the posting's source family, e.g. {@code nyc-jobs}
 * @param sourceId the source's own id of the posting
 * @param requirement the level key, e.g. {@code required}
 * @param field the section the mention sits in, or {@code title}
 */
public record MentionEvidence(
    String source,
    String sourceId,
    String title,
    String employer,
    String state,
    LocalDate postedOn,
    String socCode,
    String requirement,
    String field,
    int start,
    int end,
    String matchedText,
    String cue,
    Excerpt excerpt) {

  /** The level in words, e.g. {@code required later}. */
  public String requirementLabel() {
    return requirement.replace('_', ' ');
  }
}
