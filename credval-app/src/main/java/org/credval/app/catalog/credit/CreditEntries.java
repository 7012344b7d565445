package org.credval.app.catalog.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credval.app.catalog.CatalogEditException;
import org.credval.app.catalog.CatalogEditException.Kind;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.ApprenticeshipCreditCsv;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.ArticulationCsv;
import org.credval.core.articulation.CreditImport;
import org.credval.core.articulation.CreditProblem;

/**
 * Turns what a form holds, by CSV column, into an agreement with exactly the rules and messages
 * of the CSV import: the values go through the same reader.
 */
public final class CreditEntries {

  private CreditEntries() {}

  /** @throws CatalogEditException naming the first bad column */
  public static Articulation articulation(Map<String, String> cells) {
    return first(ArticulationCsv.read(csv(ArticulationCsv.COLUMNS, cells)));
  }

  public static ApprenticeshipCredit apprenticeship(Map<String, String> cells) {
    return first(ApprenticeshipCreditCsv.read(csv(ApprenticeshipCreditCsv.COLUMNS, cells)));
  }

  private static String csv(List<String> columns, Map<String, String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : columns) {
      String v = cells.getOrDefault(c, "");
      quoted.add("\"" + (v == null ? "" : v.strip()).replace("\"", "\"\"") + "\"");
    }
    return String.join(",", columns) + "\n" + String.join(",", quoted) + "\n";
  }

  private static <T> T first(CreditImport<T> parsed) {
    if (!parsed.problems().isEmpty()) {
      CreditProblem p = parsed.problems().get(0);
      throw new CatalogEditException(Kind.INVALID, p.field(), p.reason());
    }
    return parsed.rows().get(0);
  }
}
