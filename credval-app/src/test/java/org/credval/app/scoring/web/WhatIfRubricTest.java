package org.credval.app.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.credval.core.scoring.Rubric;
import org.credval.core.scoring.RubricParser;
import org.credval.core.scoring.RubricPresets;
import org.junit.jupiter.api.Test;

class WhatIfRubricTest {

  @Test
  void appliesTheFormsThresholdsWeightsAndTierBandsAndKeepsTheRest() {
    WhatIfRubric w = new WhatIfRubric(RubricPresets.text("texas"));
    Rubric before = RubricPresets.load("texas");
    int in = index(w, "in-postings");
    assertThat(w.rules().get(in).min()).isEqualTo(before.rule("in-postings").orElseThrow().min().toPlainString());
    assertThat(w.rules().get(index(w, "wage")).banded()).isTrue();

    String text = w.apply(Map.of("min_" + in, "25", "weight_" + index(w, "required"), "2", "from_1", "3", "to_2", "3",
        "version", "2025.1-lower"));
    Rubric r = RubricParser.parse(text, "what-if.json");
    assertThat(r.version()).isEqualTo("2025.1-lower");
    assertThat(r.rule("in-postings").orElseThrow().min()).isEqualByComparingTo("25");
    assertThat(r.rule("required").orElseThrow().weight()).isEqualByComparingTo("2");
    assertThat(r.tiers().get(1).from()).isEqualByComparingTo("3");
    assertThat(r.rule("wage").orElseThrow().bands()).isEqualTo(before.rule("wage").orElseThrow().bands());
    assertThat(r.rule("certifying-entity").orElseThrow().gate()).isTrue();
    assertThat(r.digest()).isNotEqualTo(before.digest());
  }

  @Test
  void anEmptyFieldRemovesTheKeyAndANonNumberIsRefusedByName() {
    WhatIfRubric w = new WhatIfRubric(RubricPresets.text("tennessee"));
    int portable = index(w, "portable");
    assertThat(RubricPresets.load("tennessee").rule("portable").orElseThrow().min()).isNotNull();
    String text = w.apply(Map.of("min_" + portable, "", "max_" + portable, "0.9"));
    assertThat(RubricParser.parse(text, "t.json").rule("portable").orElseThrow().min()).isNull();
    assertThat(RubricParser.parse(text, "t.json").rule("portable").orElseThrow().max()).isEqualTo(new BigDecimal("0.9"));
    assertThatThrownBy(() -> w.apply(Map.of("weight_" + index(w, "demand"), "two")))
        .hasMessage("rule demand weight: 'two' is not a number");
  }

  /** The form's index of a rule, as the what-if form numbers its fields. */
  private static int index(WhatIfRubric w, String id) {
    for (int i = 0; i < w.rules().size(); i++) {
      if (w.rules().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no rule " + id + " in the form");
  }
}
