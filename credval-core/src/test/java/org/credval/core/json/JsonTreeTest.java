package org.credval.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  private static final String TEXT = """
      {
        "a": 1,
        "list": [true, {"x/y": "v", "t~": null}],
        "b":
          "late"
      }""";

  @Test
  void remembersWhereEveryValueAndKeyStarts() {
    JsonTree tree = JsonTree.parse(TEXT);
    assertThat(tree.valueAt("").orElseThrow()).isEqualTo(new JsonPosition(1, 1));
    assertThat(tree.keyAt("/a").orElseThrow()).isEqualTo(new JsonPosition(2, 3));
    assertThat(tree.valueAt("/a").orElseThrow()).isEqualTo(new JsonPosition(2, 8));
    assertThat(tree.valueAt("/list/0").orElseThrow()).isEqualTo(new JsonPosition(3, 12));
    assertThat(tree.valueAt("/list/1").orElseThrow()).isEqualTo(new JsonPosition(3, 18));
    assertThat(tree.keyAt("/b").orElseThrow()).isEqualTo(new JsonPosition(4, 3));
    assertThat(tree.valueAt("/b").orElseThrow()).isEqualTo(new JsonPosition(5, 5));
    assertThat(tree.valueAt("/missing")).isEmpty();
  }

  @Test
  void escapesSlashAndTildeInPointersAsRfc6901Says() {
    JsonTree tree = JsonTree.parse(TEXT);
    assertThat(JsonTree.child("/list/1", "x/y")).isEqualTo("/list/1/x~1y");
    assertThat(tree.valueAt(JsonTree.child("/list/1", "x/y")).orElseThrow().line()).isEqualTo(3);
    assertThat(tree.keyAt(JsonTree.child("/list/1", "t~")).orElseThrow()).isEqualTo(new JsonPosition(3, 31));
  }

  @Test
  void givesTheSameValuesAsThePlainParser() {
    assertThat(JsonTree.parse(TEXT).root()).isEqualTo(JsonParser.parse(TEXT));
    assertThat(((Map<?, ?>) JsonTree.parse(TEXT).root()).containsKey("list")).isTrue();
  }

  @Test
  void reportsSyntaxErrorsWithLineAndColumn() {
    assertThatThrownBy(() -> JsonTree.parse("{\n  \"a\": tru\n}"))
        .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(8);
        });
  }
}
