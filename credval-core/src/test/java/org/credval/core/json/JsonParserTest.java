package org.credval.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

  @Test
  void readsLiteralsAndNumbersAsExactDecimals() {
    assertThat(JsonParser.parse("true")).isEqualTo(true);
    assertThat(JsonParser.parse(" false ")).isEqualTo(false);
    assertThat(JsonParser.parse("null")).isNull();
    assertThat(JsonParser.parse("0")).isEqualTo(new BigDecimal("0"));
    assertThat(JsonParser.parse("-0.50")).isEqualTo(new BigDecimal("-0.50"));
    assertThat(JsonParser.parse("1.5e3")).isEqualTo(new BigDecimal("1.5e3"));
    assertThat(JsonParser.parse("2E-2")).isEqualTo(new BigDecimal("0.02"));
    assertThat(JsonParser.parse("123456789012345678901234567890.000000001"))
        .isEqualTo(new BigDecimal("123456789012345678901234567890.000000001"));
  }

  @Test
  void decodesEveryEscapeIncludingSurrogatePairs() {
    assertThat(JsonParser.parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\""))
        .isEqualTo("a\"b\\c/d\b\f\n\r\t");
    assertThat(JsonParser.parse("\"caf\\u00e9 \\u00C9\"")).isEqualTo("café É");
    assertThat(JsonParser.parse("\"\\ud83d\\ude9a truck\"")).isEqualTo("\uD83D\uDE9A truck");
    assertThat(JsonParser.parse("\"raw ü and 🚚\"")).isEqualTo("raw ü and 🚚");
  }

  @Test
  void keepsObjectKeyOrderAndNesting() {
    Object v = JsonParser.parse("{\"z\": 1, \"a\": [true, {\"b\": null}, []], \"m\": {}}");
    assertThat(v).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("z", "a", "m");
    List<?> a = (List<?>) m.get("a");
    assertThat(a).hasSize(3);
    assertThat(a.get(1)).isEqualTo(java.util.Collections.singletonMap("b", null));
    assertThat((List<?>) a.get(2)).isEmpty();
    assertThat((Map<?, ?>) m.get("m")).isEmpty();
  }

  @Test
  void returnsUnmodifiableCollections() {
    Map<?, ?> m = (Map<?, ?>) JsonParser.parse("{\"a\":[1]}");
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) m.get("a")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ignoresALeadingByteOrderMark() {
    assertThat(JsonParser.parse("\uFEFF[1]")).isEqualTo(List.of(BigDecimal.ONE));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "[1,]", "{\"a\":1,}", "01", "-", "1.", ".5", "1e", "+1", "NaN", "Infinity",
      "'single'", "\"unterminated", "\"bad \\x escape\"", "\"\\u12G4\"", "\"\\u12\"", "tru",
      "nul", "[1 2]", "{\"a\" 1}", "{1:2}", "[1]]", "{\"a\":1}x", "\"tab\tinside\""
  })
  void rejectsTextThatIsNotJson(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOf(JsonSyntaxException.class);
  }

  @Test
  void rejectsDuplicateKeysNamingTheKey() {
    assertThatThrownBy(() -> JsonParser.parse("{\"a\":1,\"a\":2}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("duplicate key \"a\"");
  }

  @Test
  void reportsLineAndColumnOfTheError() {
    JsonSyntaxException e = (JsonSyntaxException) org.assertj.core.api.Assertions
        .catchThrowable(() -> JsonParser.parse("{\n  \"a\": 1,\n  \"b\": tru\n}"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e).hasMessageStartingWith("invalid JSON at line 3, column 8");
  }

  @Test
  void refusesNestingDeeperThanTheLimitInsteadOfOverflowingTheStack() {
    char[] open = new char[JsonParser.MAX_DEPTH + 1];
    Arrays.fill(open, '[');
    assertThatThrownBy(() -> JsonParser.parse(new String(open)))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageContaining("nesting deeper");
    String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    assertThat(JsonParser.parse(ok)).isInstanceOf(List.class);
  }
}
