package org.credval.app.platform.imports;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The earlier loads of the same source file (same kind, same file name). A revised release of a
 * file replaces what these loads wrote within the period it covers: rows it no longer has are
 * removed and changed rows updated, each earlier version kept in {@code import_row_history}. The
 * loads whose rows were replaced are collected, to be marked SUPERSEDED, so that loading the
 * earlier file again applies it again instead of reporting UNCHANGED.
 */
public final class Release {

  /** No earlier loads: nothing is replaced. */
  public static final Release NONE = new Release(Set.of());

  private final Set<String> earlierLoads;
  private final Set<String> superseded = new TreeSet<>();

  public Release(Collection<String> earlierLoads) {
    this.earlierLoads = Set.copyOf(earlierLoads);
  }

  boolean isEarlier(Object loadId) {
    return loadId != null && earlierLoads.contains(loadId.toString());
  }

  void replaced(Object loadId) {
    superseded.add(loadId.toString());
  }

  /** The earlier loads some of whose rows this load updated or removed. */
  public Set<String> superseded() {
    return Set.copyOf(superseded);
  }
}
