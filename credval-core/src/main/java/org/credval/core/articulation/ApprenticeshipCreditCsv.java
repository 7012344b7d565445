package org.credval.core.articulation;

import java.util.List;
import java.util.function.Predicate;
import org.credval.core.code.CredentialCode;

/**
 * Apprenticeship hour credit as UTF-8 CSV (RFC 4180): a header naming {@link #COLUMNS} in that
 * order, then one credit per row. Writing then reading gives back equal credits.
 */
public final class ApprenticeshipCreditCsv {

  public static final List<String> COLUMNS = List.of("credential_code", "occupation", "rapids_code", "hours",
      "effective_from", "effective_to", "source", "notes");

  private ApprenticeshipCreditCsv() {}

  public static CreditImport<ApprenticeshipCredit> read(String text) {
    return read(text, c -> true);
  }

  /** Reads every row, collecting a problem for each bad value. */
  public static CreditImport<ApprenticeshipCredit> read(String text, Predicate<CredentialCode> knownCredential) {
    return CreditCsv.read(text, COLUMNS, row -> {
      CredentialCode code = row.credential("credential_code", knownCredential);
      Integer hours = row.whole("hours");
      var from = row.date("effective_from", false);
      var to = row.date("effective_to", false);
      if (row.failed()) {
        return null;
      }
      return new ApprenticeshipCredit(code, row.text("occupation"), row.text("rapids_code"), hours, from, to,
          row.text("source"), row.text("notes"));
    });
  }

  public static String write(List<ApprenticeshipCredit> credits) {
    return CreditCsv.write(COLUMNS, credits.stream().map(ApprenticeshipCreditCsv::cells).toList());
  }

  public static String line(ApprenticeshipCredit c) {
    return Csv.line(cells(c));
  }

  private static List<String> cells(ApprenticeshipCredit c) {
    return List.of(c.credential().value(), c.occupation(), CreditCsv.text(c.rapidsCode()), String.valueOf(c.hours()),
        CreditCsv.text(c.effectiveFrom()), CreditCsv.text(c.effectiveTo()), CreditCsv.text(c.source()),
        CreditCsv.text(c.notes()));
  }
}
