package org.credval.app.labormarket.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.code.SocCode;

/**
 * One occupation of an Employment Projections table.
 *
 * @param period the projection period, e.g. {@code 2024-2034}
 * @param values by {@code ep_projection} column: the columns this file gives (title and
 *     occupation type always), a null value where BLS marks the figure unavailable
 */
record EpRow(String period, SocCode soc, Map<String, Object> values) {

  EpRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  List<Object> key() {
    return List.of(period, soc.value());
  }

  /** This row with the columns of {@code other} it does not have yet (Table 1.10 joined to Table 1.2). */
  EpRow joining(EpRow other) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    other.values().forEach(all::putIfAbsent);
    return new EpRow(period, soc, all);
  }
}
