package org.credval.app.postings.eval;

import java.nio.file.Path;

/**
 * The three label files of the gold set (eval/labels/README.md): the postings the extraction rules
 * were written from, a held-out sample drawn and labeled afterwards that no rule is written from,
 * and a development sample drawn later still, whose errors later rules may be written from.
 */
public enum LabelSet {
  /** The 300 postings read while the rules were written. */
  ORIGINAL("eval/labels/postings.jsonl"),
  /** Postings drawn after the rules, from the same sources, none of them in the original set. */
  HELDOUT("eval/labels/heldout.jsonl"),
  /** A third sample, disjoint from both, labeled before its errors were read, for writing rules. */
  DEV("eval/labels/dev.jsonl");

  private final String file;

  LabelSet(String file) {
    this.file = file;
  }

  /** The label file, relative to the repository root. */
  public Path file() {
    return Path.of(file);
  }
}
