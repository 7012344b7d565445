package org.credval.app.postings.read;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Dotted paths into JSON objects ({@code job_highlights.Qualifications}), for mapped JSON Lines. */
final class JsonPaths {

  private JsonPaths() {}

  /** The value's text; a list of values is joined one per line. Null when absent or empty. */
  static String text(JsonNode node, String path) {
    JsonNode v = node;
    for (String part : path.split("\\.")) {
      v = v == null ? null : v.get(part);
    }
    return UsajobsReader.joined(v);
  }

  /** Adds every path in {@code node}, lower-cased like CSV headers. */
  static void collect(JsonNode node, String prefix, Set<String> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = prefix + e.getKey().toLowerCase(Locale.ROOT);
      out.add(path);
      if (e.getValue().isObject()) {
        collect(e.getValue(), path + ".", out);
      }
    }
  }
}
