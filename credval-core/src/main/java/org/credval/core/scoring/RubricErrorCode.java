package org.credval.core.scoring;

/**
 * The one catalogue of rubric error codes. Codes are stable: they appear in messages, in the
 * documentation (credval-core/docs/scoring.md) and in tests, and are never reused.
 */
public enum RubricErrorCode {
  SYNTAX("CV-RUB-001", "the file is not valid JSON"),
  UNKNOWN_KEY("CV-RUB-002", "a key the rubric format does not define"),
  MISSING_KEY("CV-RUB-003", "a required key is missing"),
  WRONG_TYPE("CV-RUB-004", "a value has the wrong type (e.g. a weight that is not a number)"),
  UNKNOWN_CRITERION("CV-RUB-005", "a criterion credval does not know"),
  OVERLAPPING_TIERS("CV-RUB-006", "two tier bands overlap"),
  OVERLAPPING_BANDS("CV-RUB-007", "two point bands of one criterion overlap"),
  INVALID_VALUE("CV-RUB-008", "a value is out of range or not one of the allowed words"),
  DUPLICATE_ID("CV-RUB-009", "two criteria share an id"),
  DATA_NOT_LOADED("CV-RUB-010", "a criterion needs a data set the evidence does not include"),
  UNSUPPORTED_FORMAT("CV-RUB-011", "the rubric format version is not supported"),
  THRESHOLD_KIND("CV-RUB-012", "a threshold that does not fit the criterion (a number on a yes/no criterion or the reverse)"),
  NO_TIERS("CV-RUB-013", "a tiered rubric without tiers, or tiers in a points rubric");

  private final String code;
  private final String meaning;

  RubricErrorCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
