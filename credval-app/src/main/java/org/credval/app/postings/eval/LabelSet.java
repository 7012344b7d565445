package org.credval.app.postings.eval;

import java.nio.file.Path;

/**
 * The two label files of the gold set (eval/labels/README.md): the postings the extraction rules
 * were written from, and a held-out sample drawn and labeled afterwards, measured before any rule
 * was changed with it in view.
 */
public enum LabelSet {
  /** The 300 postings read while the rules were written. */
  ORIGINAL("eval/labels/postings.jsonl"),
  /** Postings drawn after the rules, from the same sources, none of them in the original set. */
  HELDOUT("eval/labels/heldout.jsonl");

  private final String file;

  LabelSet(String file) {
    this.file = file;
  }

  /** The label file, relative to the repository root. */
  public Path file() {
    return Path.of(file);
  }
}
