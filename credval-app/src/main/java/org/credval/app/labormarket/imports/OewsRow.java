package org.credval.app.labormarket.imports;

import java.util.List;
import java.util.Map;
import org.credval.core.code.SocCode;

/**
 * One published row of an OEWS release: an occupation in an area in a year, with the measures the
 * release gives for it.
 *
 * @param group the OEWS occupation level: major, broad or detailed (minor groups and the
 *     all-occupations total are not kept)
 * @param values each measure published, as a number or the publisher's marker
 * @param authoritative true for BLS's own releases; false for a state agency's table, which adds
 *     estimates not stored yet but never changes one already stored (see {@link OewsLayout})
 */
record OewsRow(int year, OewsArea area, SocCode soc, String title, String group, Map<OewsMeasure, PublishedValue> values,
    boolean authoritative) {

  OewsRow {
    values = Map.copyOf(values);
  }

  List<Object> key() {
    return List.of(year, area.code(), soc.value());
  }

  OewsRow withGroup(String newGroup) {
    return new OewsRow(year, area, soc, title, newGroup, values, authoritative);
  }
}
