package org.credval.core.scoring;

import java.math.BigDecimal;

/**
 * The rubric threshold a credential missed by the smallest margin (relative to the threshold),
 * e.g. the required share was 21.3% where 25.0% was asked: 3.7 percentage points short.
 */
public record NearestMiss(String ruleId, Criterion criterion, BigDecimal threshold, BigDecimal actual,
    BigDecimal gap, String text) {}
