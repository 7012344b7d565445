package org.credval.app.scoring;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of value scoring.
 *
 * @param livingWage the annual living wage a rubric's {@code entry_wage_to_living_wage} criterion and
 *     the priority occupations' living-wage floor compare with, in dollars. The default, $31,300, is
 *     200% of the 2025 HHS poverty guideline for a household of one in the 48 contiguous states and
 *     DC ($15,650); a state should set its own figure (for example from a living-wage calculator
 *     for one adult in the state), on the command line with {@code --living-wage}
 * @param livingWageSource where {@link #livingWage} comes from, printed beside every figure it decides
 */
@ConfigurationProperties("credval.scoring")
public record ScoringProperties(
    @DefaultValue("31300") BigDecimal livingWage,
    @DefaultValue("200% of the 2025 HHS poverty guideline for one person ($15,650), credval's default")
        String livingWageSource) {

  public LivingWage defaultLivingWage() {
    return new LivingWage(livingWage, livingWageSource);
  }
}
