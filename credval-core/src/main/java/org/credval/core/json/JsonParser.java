package org.credval.core.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses RFC 8259 JSON text into plain Java values: {@code Map<String, Object>} (key order kept),
 * {@code List<Object>}, {@code String}, {@link BigDecimal}, {@code Boolean} and {@code null}.
 *
 * <p>Numbers are kept as {@link BigDecimal} so that prices and codes survive a round trip without
 * binary floating-point rounding. Duplicate object keys are rejected: RFC 8259 leaves their meaning
 * open, and silently keeping one of two values would hide an error in the input.
 */
public final class JsonParser {

  /** Guards the recursive descent against stack overflow on hostile input. */
  static final int MAX_DEPTH = 512;

  private final String text;
  private int pos;
  private int depth;
  /** Offsets of values and keys by JSON Pointer, recorded only when {@link JsonTree} asks. */
  private Map<String, Integer> valueOffsets;
  private Map<String, Integer> keyOffsets;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses one complete JSON text; throws {@link JsonSyntaxException} naming line and column. */
  public static Object parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("JSON text is missing");
    }
    return new JsonParser(text).document();
  }

  /** Parses like {@link #parse} and also records where every value and key starts. */
  static JsonTree parseTree(String text) {
    if (text == null) {
      throw new IllegalArgumentException("JSON text is missing");
    }
    JsonParser parser = new JsonParser(text);
    parser.valueOffsets = new java.util.HashMap<>();
    parser.keyOffsets = new java.util.HashMap<>();
    Object root = parser.document();
    return new JsonTree(root, text, parser.valueOffsets, parser.keyOffsets);
  }

  private Object document() {
    if (text.startsWith("\uFEFF")) {
      pos = 1; // RFC 8259 section 8.1 lets parsers ignore a byte order mark
    }
    skipWhitespace();
    Object value = value("");
    skipWhitespace();
    if (pos < text.length()) {
      throw error("unexpected content after the JSON value");
    }
    return value;
  }

  private Object value(String path) {
    if (valueOffsets != null) {
      valueOffsets.put(path, pos);
    }
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(path);
      case '[':
        return array(path);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "', expected a value");
    }
  }

  private Map<String, Object> object(String path) {
    enter();
    pos++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return leave(Collections.unmodifiableMap(members));
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a string key");
      }
      int keyStart = pos;
      String key = string();
      if (members.containsKey(key)) {
        pos = keyStart;
        throw error("duplicate key \"" + key + "\"");
      }
      String child = null;
      if (keyOffsets != null) {
        child = path + "/" + key.replace("~", "~0").replace("/", "~1");
        keyOffsets.put(child, keyStart);
      }
      skipWhitespace();
      expect(':');
      skipWhitespace();
      members.put(key, value(child));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        return leave(Collections.unmodifiableMap(members));
      } else {
        throw error("expected ',' or '}' in object");
      }
    }
  }

  private List<Object> array(String path) {
    enter();
    pos++;
    List<Object> items = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return leave(Collections.unmodifiableList(items));
    }
    while (true) {
      skipWhitespace();
      items.add(value(keyOffsets == null ? null : path + "/" + items.size()));
      skipWhitespace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        return leave(Collections.unmodifiableList(items));
      } else {
        throw error("expected ',' or ']' in array");
      }
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character U+" + String.format("%04X", (int) c) + " must be escaped in a string");
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= text.length()) {
        throw error("unterminated escape sequence");
      }
      char e = text.charAt(pos + 1);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append(hex4(pos + 2));
          pos += 4;
        }
        default -> throw error("invalid escape '\\" + e + "'");
      }
      pos += 2;
    }
  }

  private char hex4(int at) {
    if (at + 4 > text.length()) {
      throw error("incomplete \\u escape, expected four hex digits");
    }
    int v = 0;
    for (int i = at; i < at + 4; i++) {
      int d = Character.digit(text.charAt(i), 16);
      if (d < 0) {
        pos = i;
        throw error("invalid hex digit '" + text.charAt(i) + "' in \\u escape");
      }
      v = v * 16 + d;
    }
    // Surrogate halves are kept as UTF-16 code units, so an escaped pair becomes one code point.
    return (char) v;
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zeros are not allowed in numbers");
      }
    } else {
      digits("expected a digit");
    }
    if (peek() == '.') {
      pos++;
      digits("expected a digit after the decimal point");
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits("expected a digit in the exponent");
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException | ArithmeticException e) {
      pos = start;
      throw error("number out of range");
    }
  }

  private void digits(String reason) {
    if (!isDigit(peek())) {
      throw error(reason);
    }
    while (isDigit(peek())) {
      pos++;
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("invalid literal, expected '" + word + "'");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels");
    }
  }

  private <T> T leave(T value) {
    depth--;
    return value;
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonSyntaxException error(String reason) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(pos, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new JsonSyntaxException(reason, line, end - lineStart + 1);
  }
}
