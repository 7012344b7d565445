package org.credval.app.catalog.web;

import java.util.Locale;
import java.util.Map;

/** Plain words for the catalog's stored keys: {@code apprenticeship_certificate} → "Apprenticeship certificate". */
final class CatalogLabels {

  private static final Map<String, String> SPECIAL = Map.of("it", "Information technology");

  private CatalogLabels() {}

  static String of(String key) {
    if (key == null || key.isBlank()) {
      return "not stated";
    }
    String k = key.strip().toLowerCase(Locale.ROOT);
    if (SPECIAL.containsKey(k)) {
      return SPECIAL.get(k);
    }
    String words = k.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
