package org.credval.core.catalog.ctdl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON value together with the JSON path that leads to it, e.g.
 * {@code $['@graph'][3]['ceterms:name']}, so that every problem can say where it is.
 */
record Located(Object value, String path) {

  static Located root(Object value) {
    return new Located(value, "$");
  }

  Located get(String key) {
    Object child = value instanceof Map<?, ?> m ? m.get(key) : null;
    return new Located(child, path + "['" + key + "']");
  }

  boolean isMissing() {
    return value == null;
  }

  boolean isObject() {
    return value instanceof Map;
  }

  /** JSON-LD lets a property hold one value or an array of values; both become a list here. */
  List<Located> items() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      return List.of(this);
    }
    List<Located> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      items.add(new Located(list.get(i), path + "[" + i + "]"));
    }
    return items;
  }

  Optional<String> string() {
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * The text of a CTDL language map ({@code {"en-US": ...}}), preferring US then generic English,
   * or a plain value when the publisher did not use a language map.
   */
  Located language() {
    if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
      return this;
    }
    for (String tag : List.of(CtdlTerms.LANGUAGE, "en")) {
      if (map.containsKey(tag)) {
        return get(tag);
      }
    }
    return get(String.valueOf(map.keySet().iterator().next()));
  }
}
