package org.credval.app.labormarket.imports;

import java.io.IOException;
import java.util.List;
import org.credval.app.platform.imports.Table;

/** One way OEWS estimates are laid out in a file; recognised by its header. */
sealed interface OewsLayout permits OewsBlsLayout, OewsMeanOnlyLayout, OewsWashingtonLayout, OewsNewYorkLayout {

  /** Every layout, in the order they are tried: the most specific header first. */
  List<OewsLayout> ALL = List.of(new OewsBlsLayout(), new OewsMeanOnlyLayout(), new OewsWashingtonLayout(),
      new OewsNewYorkLayout());

  /** Alternative sets of columns, any of which identifies the layout. */
  List<List<String>> headers();

  /** Reads the rows of {@code table} into {@code reading}. */
  void read(Table table, OewsReading reading) throws IOException;

  /**
   * Whether the layout is a BLS release. A state agency's table (Washington ESD, New York DOL) only
   * adds estimates that are not stored yet: where BLS published the same year, area, occupation and
   * measure, BLS's figure stands. New York DOL's wages differ from BLS's (they are aged to a later
   * quarter) and its year is the loader's word, so it must never replace the published figure.
   */
  default boolean authoritative() {
    return true;
  }

  default boolean fits(Table table) {
    return headers().stream().anyMatch(h -> h.stream().allMatch(table::hasColumn));
  }
}
