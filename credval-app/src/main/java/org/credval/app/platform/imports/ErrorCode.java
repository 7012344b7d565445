package org.credval.app.platform.imports;

/**
 * The catalogue of error codes credval reports for rejected input. Each code has one meaning and a
 * hint for the person fixing the file; codes are stable so that reports can be compared over time.
 */
public enum ErrorCode {
  FILE_UNREADABLE("CV-IMP-001", "The file cannot be read in the expected format."),
  FILE_WRONG_KIND("CV-IMP-002", "The file does not look like the kind of file named on the command line."),
  FILE_EMPTY("CV-IMP-003", "The file holds no data rows."),
  OPTION_REQUIRED("CV-IMP-004", "The file does not state something the import needs; give it with --set, e.g. --set year=2023."),
  ROW_SHAPE("CV-IMP-010", "The row has a different number of fields than the header: a shifted or missing column."),
  MISSING_VALUE("CV-IMP-011", "A required field is empty."),
  BAD_CODE("CV-IMP-012", "A code (SOC, CIP, O*NET-SOC, credential) is not in its published form."),
  UNKNOWN_CODE("CV-IMP-013", "A code is well formed but not known to the loaded reference data."),
  BAD_NUMBER("CV-IMP-014", "A number cannot be read."),
  BAD_VALUE("CV-IMP-015", "A value is outside the allowed set or range."),
  DUPLICATE_KEY("CV-IMP-020", "The same key appears earlier in the file; the first row is kept."),
  BATCH_FAILED("CV-IMP-030", "Writing the batch failed; nothing from this file was saved."),
  CREDIT_UNKNOWN_CREDENTIAL("CV-IMP-050", "The credential code is malformed or not in the catalog; add the credential first or correct the code."),
  CREDIT_BAD_CIP("CV-IMP-051", "The CIP code is not a six-digit CIP 2020 program code such as 51.0801."),
  CREDIT_UNKNOWN_CIP("CV-IMP-052", "The CIP code is well formed but not a program in the loaded CIP 2020 list."),
  CREDIT_BAD_HOURS("CV-IMP-053", "Credit or apprenticeship hours are missing, not a number, zero or negative."),
  CREDIT_BAD_DATE("CV-IMP-054", "A date is not YYYY-MM-DD, or the agreement ends before it starts."),
  CREDIT_BAD_UNIT("CV-IMP-055", "The credit type is not one of semester_hour, quarter_hour, clock_hour, ceu."),
  CREDIT_BAD_IDENTIFIER("CV-IMP-056", "An IPEDS unit id (six digits) or RAPIDS code (3-4 digits, optional letters) is malformed."),
  CREDIT_MISSING("CV-IMP-057", "A required field of the agreement (institution, program title, occupation) is empty."),
  CREDIT_BAD_TEXT("CV-IMP-058", "A text field has line breaks, tabs, surrounding spaces or is too long."),
  POSTING_FORMAT_MISSING("CV-IMP-040", "A posting file needs its format: --format nyc-jobs|usajobs|usajobs-questionnaire|jsonld|csv (csv also --mapping)."),
  POSTING_VALUE_TOO_LONG("CV-IMP-041", "A posting's value is longer than credval stores (id 200, title 1,000, employer 500, area 200 characters); shorten it in the file."),
  SIGNAL_BAD_CREDENTIAL("CV-IMP-070", "The credential code of a signal row is not an 8-character credential code such as CDLAA001."),
  SIGNAL_BAD_CELL("CV-IMP-071", "The occupation cell of a signal row is not a SOC code (53-3032), a major group (53-0000), all or unknown."),
  SIGNAL_SCOPE_MISMATCH("CV-IMP-072", "A signal row's area or period differs from the run's (its first row, or the run file beside it); one file holds one run."),
  SIGNAL_BAD_COUNT("CV-IMP-073", "A count of a signal row is missing or not a whole number of 0 or more."),
  SIGNAL_BAD_MONEY("CV-IMP-074", "A median pay or pay premium of a signal row is not a decimal amount (a premium may be negative)."),
  SIGNAL_INCONSISTENT("CV-IMP-075", "The counts of a signal row contradict each other (e.g. more postings naming the credential than postings in the cell)."),
  SIGNAL_RUN_UNSTATED("CV-IMP-076", "The signal rows come without the run they belong to: keep the _credval_run.properties the Spark job writes beside them, or give --set input_sha256=<digest the job printed>."),
  SIGNAL_BAD_HEADER("CV-IMP-077", "The file's header is not the signal table's (credential_code,credential_name,soc_code,area,period,...) as credval signals and the Spark job write it.");

  private final String code;
  private final String hint;

  ErrorCode(String code, String hint) {
    this.code = code;
    this.hint = hint;
  }

  public String code() {
    return code;
  }

  public String hint() {
    return hint;
  }
}
