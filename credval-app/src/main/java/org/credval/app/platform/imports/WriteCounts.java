package org.credval.app.platform.imports;

/** What a batch did to the stored rows. */
public record WriteCounts(int inserted, int updated, int unchanged) {

  public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(inserted + o.inserted, updated + o.updated, unchanged + o.unchanged);
  }

  public boolean changedAnything() {
    return inserted > 0 || updated > 0;
  }
}
