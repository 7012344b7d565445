package org.credval.app.catalog.web;

import java.util.List;

/** One option of a filter or a form's list: the stored key and the words shown for it. */
public record Choice(String key, String label) {

  static List<Choice> of(List<String> keys) {
    return keys.stream().map(k -> new Choice(k, CatalogLabels.of(k))).toList();
  }
}
