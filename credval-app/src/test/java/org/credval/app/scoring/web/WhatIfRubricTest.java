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
    WhatIfRubric.Rule inPostings = w.rules().get(2);
    assertThat(inPostings.id()).isEqualTo("in-postings");
    assertThat(inPostings.min()).isEqualTo("50");
    assertThat(w.rules().get(3).banded()).isTrue();

    String text = w.apply(Map.of("min_2", "25", "weight_6", "2", "from_1", "3", "to_2", "3", "version", "2025.1-lower"));
    Rubric r = RubricParser.parse(text, "what-if.json");
    assertThat(r.version()).isEqualTo("2025.1-lower");
    assertThat(r.rule("in-postings").orElseThrow().min()).isEqualByComparingTo("25");
    assertThat(r.rule("required").orElseThrow().weight()).isEqualByComparingTo("2");
    assertThat(r.tiers().get(1).from()).isEqualByComparingTo("3");
    Rubric before = RubricPresets.load("texas");
    assertThat(r.rule("wage").orElseThrow().bands()).isEqualTo(before.rule("wage").orElseThrow().bands());
    assertThat(r.rule("certifying-entity").orElseThrow().gate()).isTrue();
    assertThat(r.digest()).isNotEqualTo(before.digest());
  }

  @Test
  void anEmptyFieldRemovesTheKeyAndANonNumberIsRefusedByName() {
    WhatIfRubric w = new WhatIfRubric(RubricPresets.text("tennessee"));
    String text = w.apply(Map.of("min_3", "", "max_3", "0.9"));
    assertThat(RubricParser.parse(text, "t.json").rule("portable").orElseThrow().min()).isNull();
    assertThat(RubricParser.parse(text, "t.json").rule("portable").orElseThrow().max()).isEqualTo(new BigDecimal("0.9"));
    assertThatThrownBy(() -> new WhatIfRubric(RubricPresets.text("tennessee")).apply(Map.of("weight_1", "two")))
        .hasMessage("rule demand weight: 'two' is not a number");
  }
}
