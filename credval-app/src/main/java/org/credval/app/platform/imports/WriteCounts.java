package org.credval.app.platform.imports;

/**
 * What a batch did to the stored rows.
 *
 * @param removed rows an earlier version of the same file wrote that a revised release no longer has
 */
public record WriteCounts(int inserted, int updated, int unchanged, int removed) {

  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0);

  public WriteCounts(int inserted, int updated, int unchanged) {
    this(inserted, updated, unchanged, 0);
  }

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged, removed + o.removed);
  }

  public boolean changedAnything() {
    return inserted > 0 || updated > 0 || removed > 0;
  }
}
