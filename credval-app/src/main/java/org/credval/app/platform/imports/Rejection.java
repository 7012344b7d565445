package org.credval.app.platform.imports;

/**
 * One row (or the whole file, at line 0) that was not loaded, with where and why.
 *
 * @param file the file's name as given
 * @param line the 1-based line of a text file or row of a sheet; 0 for the file as a whole
 * @param field the column or field at fault, or null when the whole row is at fault
 * @param reason what was wrong and how to fix it, in plain words
 * @param code the catalogued error code
 * @param rawValue the offending value as read, shortened to 200 characters
 */
public record Rejection(String file, long line, String field, String reason, ErrorCode code, String rawValue) {

  public Rejection {
    if (file == null || reason == null || code == null) {
      throw new IllegalArgumentException("a rejection needs a file, a reason and an error code");
    }
    if (rawValue != null && rawValue.length() > 200) {
      rawValue = rawValue.substring(0, 200) + "…";
    }
  }

  /** One line a person can read: {@code file:line [field] reason (CV-IMP-012)}. */
  public String describe() {
    // Messages about a whole file usually start with its name already.
    boolean named = line <= 0 && field == null && reason.startsWith(file + " ");
    StringBuilder s = new StringBuilder(named ? "" : file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (field != null) {
      s.append(" [").append(field).append(']');
    }
    s.append(named ? "" : " ").append(reason);
    if (rawValue != null && !rawValue.isEmpty()) {
      s.append(" (value: \"").append(rawValue).append("\")");
    }
    return s.append(" (").append(code.code()).append(')').toString();
  }
}
