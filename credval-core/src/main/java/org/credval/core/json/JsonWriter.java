package org.credval.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as RFC 8259 JSON: {@code Map} with {@code String} keys (in iteration
 * order), {@code List}, {@code String}, {@code Boolean}, {@code null} and numbers.
 *
 * <p>Output is deterministic (key order as given, two-space indentation, {@code \n} line ends) so
 * that exporting the same data twice gives byte-identical files that diff cleanly. Non-ASCII text
 * is written as is (JSON is UTF-8); only characters JSON requires to be escaped are escaped.
 */
public final class JsonWriter {

  private final StringBuilder out = new StringBuilder();
  private final boolean pretty;

  private JsonWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** One line, no insignificant whitespace. */
  public static String compact(Object value) {
    JsonWriter w = new JsonWriter(false);
    w.value(value, 0);
    return w.out.toString();
  }

  /** Indented with two spaces, ending with a newline. */
  public static String pretty(Object value) {
    JsonWriter w = new JsonWriter(true);
    w.value(value, 0);
    return w.out.append('\n').toString();
  }

  private void value(Object v, int indent) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (v instanceof Number n) {
      number(n);
    } else if (v instanceof Map<?, ?> m) {
      object(m, indent);
    } else if (v instanceof List<?> l) {
      array(l, indent);
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
    }
  }

  private void object(Map<?, ?> members, int indent) {
    if (members.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : members.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(indent + 1);
      string(key);
      out.append(pretty ? ": " : ":");
      value(e.getValue(), indent + 1);
    }
    newline(indent);
    out.append('}');
  }

  private void array(List<?> items, int indent) {
    if (items.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(indent + 1);
      value(items.get(i), indent + 1);
    }
    newline(indent);
    out.append(']');
  }

  private void number(Number n) {
    if (n instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger) {
      out.append(n);
    } else if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no representation for " + d);
      }
      out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    } else {
      throw new IllegalArgumentException("unsupported number type " + n.getClass().getName());
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            // A lone surrogate cannot be encoded in UTF-8; the escape keeps it lossless.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private void newline(int indent) {
    if (pretty) {
      out.append('\n');
      out.append("  ".repeat(indent));
    }
  }
}
