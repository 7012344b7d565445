package org.credval.core.signals;

import java.util.List;

/**
 * The outcome of a signal run.
 *
 * @param rows every row, in {@link SignalAggregator#ORDER}
 * @param inputSha256 SHA-256 over the in-scope postings and their mentions (see
 *     {@link SignalAggregator#digestLine}): the same input gives the same digest on every engine
 * @param postings postings counted (in scope, not duplicates)
 * @param duplicates in-scope postings not counted because they repeat another
 */
public record SignalResult(List<CredentialSignal> rows, String inputSha256, int postings, int duplicates) {

  public SignalResult {
    rows = List.copyOf(rows);
  }
}
