package org.credval.core.catalog.ctdl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;

/** Reads back the advanced-standing profiles {@link CtdlAdvancedStanding} writes. */
final class CtdlAdvancedStandingReader {

  private final Located doc;
  private final Map<String, Located> nodes = new HashMap<>();

  CtdlAdvancedStandingReader(Object root) {
    this.doc = Located.root(root);
  }

  PostsecondaryCredit read() {
    List<Located> graph = doc.get("@graph").items();
    for (Located n : graph) {
      n.get("@id").string().ifPresent(id -> nodes.put(id, n));
      n.get("ceterms:ctid").string().ifPresent(id -> nodes.put(id, n));
    }
    List<Articulation> articulations = new ArrayList<>();
    List<ApprenticeshipCredit> apprenticeships = new ArrayList<>();
    for (Located n : graph) {
      if (!CtdlReader.isCredential(n)) {
        continue;
      }
      for (Located p : n.get("ceterms:isAdvancedStandingFor").items()) {
        String kind = p.get(CtdlAdvancedStanding.KIND).string().orElse("");
        if (kind.isEmpty()) {
          continue; // a profile another publisher wrote, e.g. toward a credential: part of the stacking links
        }
        CredentialCode code = CtdlReader.codeOf(n).orElseThrow(() -> fail(n.get("credval:code"), "missing credval:code"));
        try {
          switch (kind) {
            case "articulation" -> articulations.add(articulation(code, p));
            case "apprenticeship" -> apprenticeships.add(apprenticeship(code, p));
            default -> throw fail(p.get(CtdlAdvancedStanding.KIND), "expected articulation or apprenticeship");
          }
        } catch (IllegalArgumentException e) {
          throw e.getMessage().startsWith("$") ? e : fail(p, e.getMessage());
        }
      }
    }
    return new PostsecondaryCredit(articulations, apprenticeships);
  }

  private Articulation articulation(CredentialCode code, Located p) {
    Located program = target(p);
    Located org = resolve(program.get("ceterms:offeredBy").items().stream().findFirst()
        .orElseThrow(() -> fail(program, "missing ceterms:offeredBy")));
    Located cip = program.get("ceterms:instructionalProgramType").items().stream().findFirst()
        .orElseThrow(() -> fail(program, "missing ceterms:instructionalProgramType"))
        .get("ceterms:codedNotation");
    Value v = value(p);
    return new Articulation(code, text(org.get("ceterms:name").language()), org.get("ceterms:ipedsID").string().orElse(null),
        CipCode.parse(text(cip)), text(program.get("ceterms:name").language()), v.amount, v.unit,
        date(p.get("ceterms:dateEffective")), date(p.get("credval:expirationDate")),
        p.get("credval:source").string().orElse(null), p.get("credval:notes").string().orElse(null));
  }

  private ApprenticeshipCredit apprenticeship(CredentialCode code, Located p) {
    Located program = target(p);
    Value v = value(p);
    if (v.unit != CreditUnit.CLOCK_HOUR || v.amount.stripTrailingZeros().scale() > 0) {
      throw fail(p.get("ceterms:creditValue"), "apprenticeship credit must be a whole number of clock hours");
    }
    return new ApprenticeshipCredit(code, text(program.get("ceterms:name").language()),
        program.get("ceterms:codedNotation").string().orElse(null), v.amount.intValueExact(),
        date(p.get("ceterms:dateEffective")), date(p.get("credval:expirationDate")),
        p.get("credval:source").string().orElse(null), p.get("credval:notes").string().orElse(null));
  }

  private record Value(CreditUnit unit, BigDecimal amount) {}

  private Value value(Located p) {
    Located v = p.get("ceterms:creditValue").items().stream().findFirst()
        .orElseThrow(() -> fail(p, "missing ceterms:creditValue"));
    Located concept = v.get("ceterms:creditUnitType").items().stream().findFirst()
        .orElseThrow(() -> fail(v, "missing ceterms:creditUnitType")).get("ceterms:targetNode");
    CreditUnit unit = CreditUnit.fromConcept(concept.string().orElse(""))
        .orElseThrow(() -> fail(concept, "expected a creditUnit concept credval knows, e.g. creditUnit:SemesterHour"));
    if (!(v.get("schema:value").value() instanceof BigDecimal amount)) {
      throw fail(v.get("schema:value"), "expected a number");
    }
    return new Value(unit, amount);
  }

  private Located target(Located p) {
    return resolve(p.get("ceterms:targetLearningOpportunity").items().stream().findFirst()
        .orElseThrow(() -> fail(p, "missing ceterms:targetLearningOpportunity")));
  }

  private Located resolve(Located ref) {
    Located n = nodes.get(ref.string().orElse(""));
    if (n == null) {
      throw fail(ref, "dangling reference: no node in @graph has this @id or ceterms:ctid");
    }
    return n;
  }

  private static String text(Located v) {
    return v.string().orElseThrow(() -> fail(v, "expected text"));
  }

  private static LocalDate date(Located v) {
    if (v.isMissing()) {
      return null;
    }
    try {
      return LocalDate.parse(text(v));
    } catch (DateTimeParseException e) {
      throw fail(v, "expected a date as YYYY-MM-DD");
    }
  }

  private static IllegalArgumentException fail(Located where, String reason) {
    return new IllegalArgumentException(where.path() + ": " + reason);
  }
}
