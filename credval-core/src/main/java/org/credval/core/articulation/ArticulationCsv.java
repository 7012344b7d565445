package org.credval.core.articulation;

import java.util.List;
import java.util.function.Predicate;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;

/**
 * Articulation agreements as UTF-8 CSV (RFC 4180): a header naming {@link #COLUMNS} in that order,
 * then one agreement per row. Writing then reading gives back equal agreements.
 */
public final class ArticulationCsv {

  /** {@code credit_type} is one of {@link CreditUnit}'s keys; dates are YYYY-MM-DD. */
  public static final List<String> COLUMNS = List.of("credential_code", "institution", "ipeds_unit_id", "cip_code",
      "program_title", "credit_hours", "credit_type", "effective_from", "effective_to", "source", "notes");

  private ArticulationCsv() {}

  /** Reads without checking codes against a catalog or a CIP list. */
  public static CreditImport<Articulation> read(String text) {
    return read(text, c -> true, c -> true);
  }

  /**
   * Reads every row, collecting a problem for each bad value instead of stopping at the first.
   *
   * @param knownCredential whether a credential code is in the catalog
   * @param knownCip whether a CIP code is a known program (accept all when no CIP list is loaded)
   */
  public static CreditImport<Articulation> read(String text, Predicate<CredentialCode> knownCredential,
      Predicate<CipCode> knownCip) {
    return CreditCsv.read(text, COLUMNS, row -> {
      CredentialCode code = row.credential("credential_code", knownCredential);
      CipCode cip = row.cip("cip_code", knownCip);
      var hours = row.decimal("credit_hours");
      String unitKey = row.text("credit_type");
      CreditUnit unit = unitKey == null ? null : CreditUnit.fromKey(unitKey).orElse(null);
      if (unit == null) {
        row.problem("credit_type", unitKey == null ? CreditProblem.Kind.MISSING : CreditProblem.Kind.BAD_UNIT,
            (unitKey == null ? "is required" : "unknown credit type '" + unitKey + "'") + " (expected one of " + CreditUnit.keys() + ")");
      }
      var from = row.date("effective_from", true);
      var to = row.date("effective_to", false);
      if (row.failed()) {
        return null;
      }
      return new Articulation(code, row.text("institution"), row.text("ipeds_unit_id"), cip, row.text("program_title"),
          hours, unit, from, to, row.text("source"), row.text("notes"));
    });
  }

  public static String write(List<Articulation> agreements) {
    return CreditCsv.write(COLUMNS, agreements.stream().map(ArticulationCsv::cells).toList());
  }

  /** One agreement as a CSV line without the line end, e.g. for an edit history. */
  public static String line(Articulation a) {
    return Csv.line(cells(a));
  }

  /** The cells of a line written by {@link #line}, by column. */
  public static List<String> cells(String line) {
    List<Csv.Record> r = Csv.parse(line == null ? "" : line);
    return r.isEmpty() ? List.of() : r.get(0).cells();
  }

  private static List<String> cells(Articulation a) {
    return List.of(a.credential().value(), a.institution(), CreditCsv.text(a.ipedsUnitId()), a.cip().value(),
        a.programTitle(), a.creditHours().toPlainString(), a.creditUnit().key(), a.effectiveFrom().toString(),
        CreditCsv.text(a.effectiveTo()), CreditCsv.text(a.source()), CreditCsv.text(a.notes()));
  }
}
