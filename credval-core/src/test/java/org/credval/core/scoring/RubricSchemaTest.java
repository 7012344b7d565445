package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.credval.core.json.JsonParser;
import org.junit.jupiter.api.Test;

/** The published schema, its copy in the jar and the parser must describe the same format. */
class RubricSchemaTest {

  private static final Path PUBLISHED = Path.of("../docs/rubric.schema.json");

  @Test
  void publishedSchemaIsIdenticalToTheCopyInTheJar() throws Exception {
    assertThat(Files.readString(PUBLISHED, StandardCharsets.UTF_8)).isEqualTo(RubricPresets.schema());
  }

  @Test
  void schemaListsExactlyTheKeysAndCriteriaTheParserAccepts() {
    Map<?, ?> schema = (Map<?, ?>) JsonParser.parse(RubricPresets.schema());
    Map<?, ?> defs = (Map<?, ?>) schema.get("$defs");
    assertThat(keys(schema)).containsExactlyElementsOf(RubricParser.TOP_KEYS);
    assertThat(keys((Map<?, ?>) defs.get("rule"))).containsExactlyElementsOf(RubricParser.RULE_KEYS);
    assertThat(keys((Map<?, ?>) defs.get("band"))).containsExactlyElementsOf(RubricParser.BAND_KEYS);
    assertThat(keys((Map<?, ?>) defs.get("tier"))).containsExactlyElementsOf(RubricParser.TIER_KEYS);
    Map<?, ?> ruleProps = (Map<?, ?>) ((Map<?, ?>) defs.get("rule")).get("properties");
    assertThat(strings(((Map<?, ?>) ruleProps.get("criterion")).get("enum")))
        .containsExactlyElementsOf(Arrays.stream(Criterion.values()).map(Criterion::key).toList());
    assertThat(strings(((Map<?, ?>) defs.get("noEvidence")).get("enum")))
        .containsExactlyElementsOf(Arrays.stream(NoEvidence.values()).map(NoEvidence::key).toList());
  }

  private static List<String> keys(Map<?, ?> objectSchema) {
    return ((Map<?, ?>) objectSchema.get("properties")).keySet().stream().map(Object::toString).toList();
  }

  private static List<String> strings(Object list) {
    return ((List<?>) list).stream().map(Object::toString).toList();
  }

  @Test
  void presetsUseOnlyKeysTheSchemaDefines() {
    for (String name : RubricPresets.NAMES) {
      Map<?, ?> preset = (Map<?, ?>) JsonParser.parse(RubricPresets.text(name));
      assertThat(RubricParser.TOP_KEYS).as(name).containsAll(preset.keySet().stream().map(Object::toString).toList());
    }
  }

  @Test
  void theExampleInTheAnalystGuideIsAValidRubric() throws Exception {
    String guide = Files.readString(Path.of("docs/scoring.md"), StandardCharsets.UTF_8);
    int start = guide.indexOf("```json\n") + "```json\n".length();
    String example = guide.substring(start, guide.indexOf("```", start)).replace("...", "");
    Rubric r = RubricParser.parse(example, "scoring.md");
    assertThat(r.criteria()).hasSize(4);
    assertThat(r.tiers()).extracting(Tier::name).containsExactly("Tier 1", "Tier 2", "Tier 3");
  }
}
