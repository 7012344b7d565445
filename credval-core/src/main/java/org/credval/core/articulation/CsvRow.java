package org.credval.core.articulation;

import static org.credval.core.articulation.CreditProblem.Kind.BAD_CIP;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_DATE;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_HOURS;
import static org.credval.core.articulation.CreditProblem.Kind.MISSING;
import static org.credval.core.articulation.CreditProblem.Kind.UNKNOWN_CIP;
import static org.credval.core.articulation.CreditProblem.Kind.UNKNOWN_CREDENTIAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;

/** One data record of a credit CSV file: typed cells, each bad cell recorded as a problem. */
final class CsvRow {

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("-?\\d+");

  private final List<String> columns;
  private final Csv.Record record;
  private final List<CreditProblem> problems;
  private int found;

  CsvRow(List<String> columns, Csv.Record record, List<CreditProblem> problems) {
    this.columns = columns;
    this.record = record;
    this.problems = problems;
  }

  boolean failed() {
    return found > 0;
  }

  String text(String column) {
    String v = record.cells().get(columns.indexOf(column)).strip();
    return v.isEmpty() ? null : v;
  }

  CredentialCode credential(String column, Predicate<CredentialCode> known) {
    String v = text(column);
    if (v == null) {
      problem(column, MISSING, "is required: the credval code of the credential, e.g. COMPT001");
      return null;
    }
    try {
      CredentialCode code = CredentialCode.parse(v);
      if (!known.test(code)) {
        problem(column, UNKNOWN_CREDENTIAL, "unknown credential code " + code + ": it is not in the catalog;"
            + " add the credential first or correct the code");
        return null;
      }
      return code;
    } catch (IllegalArgumentException e) {
      problem(column, UNKNOWN_CREDENTIAL, e.getMessage());
      return null;
    }
  }

  CipCode cip(String column, Predicate<CipCode> known) {
    String v = text(column);
    if (v == null) {
      problem(column, MISSING, "is required: the program's CIP 2020 code, e.g. 51.0801");
      return null;
    }
    try {
      CipCode cip = CipCode.parse(v);
      if (cip.value().length() != 7) {
        problem(column, BAD_CIP, cip + " is a CIP family or series; give the six-digit program code, e.g. 51.0801");
        return null;
      }
      if (!known.test(cip)) {
        problem(column, UNKNOWN_CIP, cip + " is not a program in the loaded CIP 2020 list (see https://nces.ed.gov/ipeds/cipcode/)");
        return null;
      }
      return cip;
    } catch (IllegalArgumentException e) {
      problem(column, BAD_CIP, e.getMessage());
      return null;
    }
  }

  BigDecimal decimal(String column) {
    String v = text(column);
    if (v == null) {
      problem(column, MISSING, "is required: a number of hours above zero, e.g. 3 or 4.5");
      return null;
    }
    if (!DECIMAL.matcher(v).matches()) {
      problem(column, BAD_HOURS, "'" + v + "' is not a number of hours (digits with an optional decimal point, e.g. 4.5)");
      return null;
    }
    return new BigDecimal(v);
  }

  Integer whole(String column) {
    String v = text(column);
    if (v == null) {
      problem(column, MISSING, "is required: a whole number of hours above zero, e.g. 144");
      return null;
    }
    if (!WHOLE.matcher(v).matches() || v.length() > 9) {
      problem(column, BAD_HOURS, "'" + v + "' is not a whole number of hours, e.g. 144");
      return null;
    }
    return Integer.valueOf(v);
  }

  LocalDate date(String column, boolean required) {
    String v = text(column);
    if (v == null) {
      if (required) {
        problem(column, MISSING, "is required: a date as YYYY-MM-DD, e.g. 2025-07-01");
      }
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problem(column, BAD_DATE, "'" + v + "' is not a date as YYYY-MM-DD, e.g. 2025-07-01");
      return null;
    }
  }

  void problem(String field, CreditProblem.Kind kind, String reason) {
    found++;
    problems.add(new CreditProblem(record.line(), field, kind, reason));
  }

  int line() {
    return record.line();
  }
}
