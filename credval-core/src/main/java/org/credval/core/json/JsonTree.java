package org.credval.core.json;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON document that remembers where each value and object key starts, so that a
 * reader validating the content (not only the syntax) can name the line and column of a bad
 * value. Locations are addressed by JSON Pointer (RFC 6901), e.g. {@code /criteria/2/weight}.
 */
public final class JsonTree {

  private final Object root;
  private final Map<String, Integer> valueOffsets;
  private final Map<String, Integer> keyOffsets;
  private final int[] lineStarts;

  JsonTree(Object root, String text, Map<String, Integer> valueOffsets, Map<String, Integer> keyOffsets) {
    this.root = root;
    this.valueOffsets = Map.copyOf(valueOffsets);
    this.keyOffsets = Map.copyOf(keyOffsets);
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** Parses {@code text}; throws {@link JsonSyntaxException} naming line and column. */
  public static JsonTree parse(String text) {
    return JsonParser.parseTree(text);
  }

  /** The parsed value, as {@link JsonParser#parse} returns it. */
  public Object root() {
    return root;
  }

  /** Where the value at {@code pointer} starts; empty when there is no such value. */
  public Optional<JsonPosition> valueAt(String pointer) {
    Integer offset = valueOffsets.get(pointer);
    return offset == null ? Optional.empty() : Optional.of(position(offset));
  }

  /**
   * Where the key of the object member at {@code pointer} starts (its opening quote), falling
   * back to the value for array items and the root.
   */
  public Optional<JsonPosition> keyAt(String pointer) {
    Integer offset = keyOffsets.get(pointer);
    return offset == null ? valueAt(pointer) : Optional.of(position(offset));
  }

  /** The pointer of member {@code key} inside the object at {@code parent}. */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of item {@code index} inside the array at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  private JsonPosition position(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new JsonPosition(line + 1, offset - lineStarts[line] + 1);
  }
}
