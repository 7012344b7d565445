package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RubricParserTest {

  private static final String HEAD = """
      {
        "format": 1,
        "id": "test",
        "version": "1",
        "outcome": "tiers",
      """;

  private static List<RubricProblem> problems(String text) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RubricParser.parse(text, "test.json"));
    assertThat(t).isInstanceOf(InvalidRubricException.class);
    return ((InvalidRubricException) t).problems();
  }

  @Test
  void readsAValidRubric() {
    Rubric r = RubricParser.parse(HEAD + """
          "criteria": [
            {"criterion": "occupation_wage", "min": 35000, "weight": 2},
            {"id": "issuer", "criterion": "third_party", "gate": true}
          ],
          "tiers": [{"name": "Low", "from": 0, "to": 2}, {"name": "High", "from": 2}]
        }""", "test.json");
    assertThat(r.criteria()).extracting(CriterionRule::id).containsExactly("occupation_wage", "issuer");
    assertThat(r.criteria().get(0).weight()).isEqualByComparingTo("2");
    assertThat(r.criteria().get(1).weight()).isEqualByComparingTo("0");
    assertThat(r.criteria().get(1).expect()).isTrue();
    assertThat(r.criteria().get(0).position().line()).isEqualTo(7);
    assertThat(r.tiers()).extracting(Tier::name).containsExactly("High", "Low");
    assertThat(r.maxTotal()).isEqualByComparingTo("2");
  }

  @Test
  void namesAnUnknownKeyWithItsLineAndColumnAndSuggestsTheKnownOne() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [
            {"criterion": "occupation_wage", "min": 35000,
             "wieght": 2}
          ],
          "tiers": [{"name": "Only", "from": 0}]
        }""");
    assertThat(p).hasSize(1);
    assertThat(p.get(0).code()).isEqualTo(RubricErrorCode.UNKNOWN_KEY);
    assertThat(p.get(0).line()).isEqualTo(8);
    assertThat(p.get(0).column()).isEqualTo(6);
    assertThat(p.get(0).pointer()).isEqualTo("/criteria/0/wieght");
    assertThat(p.get(0).toString()).startsWith("CV-RUB-002 at line 8, column 6 (/criteria/0/wieght): unknown key \"wieght\"")
        .contains("did you mean \"weight\"?");
  }

  @Test
  void refusesAnUnknownCriterion() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [
            {"criterion": "postings_demand", "min": 10},
            {"criterion": "required_shares", "min": 0.2}
          ],
          "tiers": [{"name": "Only", "from": 0}]
        }""");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code().code()).isEqualTo("CV-RUB-005");
      assertThat(x.line()).isEqualTo(8);
      assertThat(x.column()).isEqualTo(19);
      assertThat(x.message()).contains("\"required_shares\"").contains("did you mean \"required_share\"?");
    });
  }

  @Test
  void refusesAWeightThatIsNotANumber() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [{"criterion": "occupation_wage", "min": 35000, "weight": "high"}],
          "tiers": [{"name": "Only", "from": 0}]
        }""");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(RubricErrorCode.WRONG_TYPE);
      assertThat(x.line()).isEqualTo(6);
      assertThat(x.column()).isEqualTo(73);
      assertThat(x.message()).isEqualTo("\"weight\" in criterion 1 must be a number, got the text \"high\"");
    });
  }

  @Test
  void refusesOverlappingTierBands() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [{"criterion": "occupation_wage", "min": 35000}],
          "tiers": [
            {"name": "High", "from": 5},
            {"name": "Mid", "from": 2, "to": 6}
          ]
        }""");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(RubricErrorCode.OVERLAPPING_TIERS);
      assertThat(x.line()).isEqualTo(9);
      assertThat(x.message()).contains("\"Mid\" [2, 6) overlaps tier \"High\" [5, +inf)");
    });
  }

  @Test
  void acceptsTiersThatOnlyTouch() {
    Rubric r = RubricParser.parse(HEAD + """
          "criteria": [{"criterion": "occupation_wage", "min": 35000}],
          "tiers": [{"name": "High", "from": 5}, {"name": "Mid", "from": 2, "to": 5}]
        }""", "t");
    assertThat(r.tiers()).hasSize(2);
  }

  @Test
  void refusesOverlappingPointBands() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [{"criterion": "occupation_openings", "bands": [
            {"to": 500, "points": 0},
            {"from": 400, "points": 1}]}],
          "tiers": [{"name": "Only", "from": 0}]
        }""");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(RubricErrorCode.OVERLAPPING_BANDS);
      assertThat(x.line()).isEqualTo(8);
      assertThat(x.pointer()).isEqualTo("/criteria/0/bands/1");
    });
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<RubricProblem> p = problems("""
        {
          "format": 2,
          "id": "x",
          "outcome": "ranks",
          "criteria": [
            {"criterion": "third_party", "min": 1},
            {"criterion": "occupation_wage", "expect": true},
            {"criterion": "occupation_growth"}
          ],
          "colour": "red"
        }""");
    assertThat(p).extracting(x -> x.code().code() + "@" + x.line()).containsExactly(
        "CV-RUB-002@10", "CV-RUB-011@2", "CV-RUB-003@1", "CV-RUB-008@4", "CV-RUB-012@6", "CV-RUB-012@7",
        "CV-RUB-003@8");
  }

  @Test
  void refusesATierRequiringAnUnknownCriterionId() {
    List<RubricProblem> p = problems(HEAD + """
          "criteria": [{"id": "wage", "criterion": "occupation_wage", "min": 35000}],
          "tiers": [{"name": "High", "from": 1, "requires": ["wages"]}]
        }""");
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(RubricErrorCode.UNKNOWN_CRITERION);
      assertThat(x.message()).contains("did you mean \"wage\"?");
    });
  }

  @Test
  void refusesDuplicateIdsAndTiersOnAPointsRubric() {
    List<RubricProblem> p = problems(HEAD.replace("tiers", "points") + """
          "criteria": [
            {"criterion": "occupation_wage", "min": 35000},
            {"criterion": "occupation_wage", "min": 50000}
          ],
          "tiers": [{"name": "High", "from": 1}]
        }""");
    assertThat(p).extracting(RubricProblem::code)
        .containsExactly(RubricErrorCode.DUPLICATE_ID, RubricErrorCode.NO_TIERS);
  }

  @Test
  void reportsJsonSyntaxErrorsWithTheirPosition() {
    assertThatThrownBy(() -> RubricParser.parse("{\n  \"format\": 1,\n  \"id\" \"x\"\n}", "bad.json"))
        .isInstanceOf(InvalidRubricException.class)
        .hasMessageContaining("bad.json: 1 problem(s)")
        .hasMessageContaining("CV-RUB-001 at line 3, column 8");
  }

  @Test
  void errorCodesAreUniqueAndNumberedInOrder() {
    RubricErrorCode[] codes = RubricErrorCode.values();
    for (int i = 0; i < codes.length; i++) {
      assertThat(codes[i].code()).isEqualTo(String.format("CV-RUB-%03d", i + 1));
    }
  }
}
