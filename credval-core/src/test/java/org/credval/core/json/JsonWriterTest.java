package org.credval.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void escapesQuotesBackslashesAndControlCharactersOnly() {
    assertThat(JsonWriter.compact("q\" b\\ n\n t\t \u0001 é 🚚 /"))
        .isEqualTo("\"q\\\" b\\\\ n\\n t\\t \\u0001 é 🚚 /\"");
  }

  @Test
  void escapesLoneSurrogatesSoTheyCanBeEncodedAsUtf8() {
    String lone = "a\uD83Db";
    String json = JsonWriter.compact(lone);
    assertThat(json).isEqualTo("\"a\\ud83db\"");
    assertThat(JsonParser.parse(json)).isEqualTo(lone);
  }

  @Test
  void writesNumbersWithoutLosingScale() {
    assertThat(JsonWriter.compact(List.of(new BigDecimal("129.00"), 40, 7L, 0.5d)))
        .isEqualTo("[129.00,40,7,0.5]");
  }

  @Test
  void rejectsValuesJsonCannotRepresent() {
    assertThatThrownBy(() -> JsonWriter.compact(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.compact(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonWriter.compact(new Object())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prettyPrintsWithTwoSpacesAndKeepsKeyOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", List.of(1, "two"));
    m.put("a", Map.of());
    m.put("e", List.of());
    m.put("n", null);
    assertThat(JsonWriter.pretty(m)).isEqualTo("""
        {
          "z": [
            1,
            "two"
          ],
          "a": {},
          "e": [],
          "n": null
        }
        """);
  }

  @Test
  void parsingWhatWasWrittenGivesTheSameValue() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("price", new BigDecimal("117.50"));
    inner.put("text", "line1\nline2 \"quoted\" \\ ✓");
    List<Object> list = new ArrayList<>(Arrays.asList(true, false, null, inner, new BigDecimal("-1E+3")));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@graph", list);
    String compact = JsonWriter.compact(root);
    String pretty = JsonWriter.pretty(root);
    assertThat(JsonParser.parse(compact)).isEqualTo(JsonParser.parse(pretty));
    assertThat(JsonWriter.pretty(JsonParser.parse(pretty))).isEqualTo(pretty);
  }
}
