package org.credval.app.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credval.core.json.JsonParser;
import org.credval.core.json.JsonWriter;

/**
 * A rubric file opened for a what-if: its rules' weights, thresholds and points and its tiers'
 * bands as form fields, and the file re-written with the values an analyst typed. Everything the
 * form does not show (labels, bands of banded rules, gates) is kept as it was.
 */
final class WhatIfRubric {

  /** One rule as the form shows it; numbers as written in the file, empty when absent. */
  record Rule(int index, String id, String criterion, String label, String weight, String min, String max,
      String points, String expect, boolean banded, String bands, boolean gate) {}

  /** One tier's band. */
  record TierBand(int index, String name, String from, String to) {}

  private final Map<String, Object> root;

  @SuppressWarnings("unchecked")
  WhatIfRubric(String text) {
    this.root = (Map<String, Object>) mutable(JsonParser.parse(text));
  }

  /** The parser's maps and lists are read-only; the form changes a copy. */
  private static Object mutable(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      m.forEach((k, x) -> copy.put((String) k, mutable(x)));
      return copy;
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(x -> copy.add(mutable(x)));
      return copy;
    }
    return v;
  }

  String version() {
    return String.valueOf(root.get("version"));
  }

  @SuppressWarnings("unchecked")
  List<Rule> rules() {
    List<Rule> out = new ArrayList<>();
    List<Object> criteria = (List<Object>) root.getOrDefault("criteria", List.of());
    for (int i = 0; i < criteria.size(); i++) {
      Map<String, Object> r = (Map<String, Object>) criteria.get(i);
      Object bands = r.get("bands");
      out.add(new Rule(i, text(r.get("id")), text(r.get("criterion")), text(r.get("label")), text(r.get("weight")),
          text(r.get("min")), text(r.get("max")), text(r.get("points")), text(r.get("expect")), bands != null,
          bands == null ? "" : JsonWriter.compact(bands), Boolean.TRUE.equals(r.get("gate"))));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  List<TierBand> tiers() {
    List<TierBand> out = new ArrayList<>();
    List<Object> tiers = (List<Object>) root.getOrDefault("tiers", List.of());
    for (int i = 0; i < tiers.size(); i++) {
      Map<String, Object> t = (Map<String, Object>) tiers.get(i);
      out.add(new TierBand(i, text(t.get("name")), text(t.get("from")), text(t.get("to"))));
    }
    return out;
  }

  /**
   * The file with the form's values: {@code weight_0}, {@code min_0}, {@code max_0},
   * {@code points_0} per rule, {@code from_0}, {@code to_0} per tier, and {@code version}. An empty
   * field removes the key; a value that is not a number is refused, naming the field.
   */
  @SuppressWarnings("unchecked")
  String apply(Map<String, String> form) {
    List<Object> criteria = (List<Object>) root.getOrDefault("criteria", List.of());
    for (int i = 0; i < criteria.size(); i++) {
      Map<String, Object> r = (Map<String, Object>) criteria.get(i);
      for (String key : List.of("weight", "min", "max", "points")) {
        set(r, key, form.get(key + "_" + i), "rule " + r.get("id") + " " + key);
      }
    }
    List<Object> tiers = (List<Object>) root.getOrDefault("tiers", List.of());
    for (int i = 0; i < tiers.size(); i++) {
      Map<String, Object> t = (Map<String, Object>) tiers.get(i);
      for (String key : List.of("from", "to")) {
        set(t, key, form.get(key + "_" + i), "tier " + t.get("name") + " " + key);
      }
    }
    String version = form.get("version");
    if (version != null && !version.isBlank()) {
      root.put("version", version.strip());
    }
    return JsonWriter.pretty(root);
  }

  private static void set(Map<String, Object> m, String key, String raw, String what) {
    if (raw == null) {
      return;
    }
    String v = raw.strip().replace(",", "");
    if (v.isEmpty()) {
      m.remove(key);
      return;
    }
    try {
      m.put(key, new BigDecimal(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": '" + raw + "' is not a number");
    }
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
  }
}
