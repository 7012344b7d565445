package org.credval.core.catalog.ctdl;

import static org.credval.core.catalog.ctdl.CtdlTerms.LANGUAGE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.code.CredentialCode;

/**
 * Writes articulation agreements and apprenticeship credit as {@code ceterms:isAdvancedStandingFor}
 * condition profiles of the credential: each names the program it counts toward ({@code
 * ceterms:targetLearningOpportunity}, a {@code ceterms:LearningProgram} node offered by the
 * institution) and the credit ({@code ceterms:creditValue}, a {@code ceterms:ValueProfile} with a
 * {@code ceterms:creditUnitType} from CTDL's CreditUnit scheme and {@code schema:value}). The
 * program and institution nodes are collected here and added to the graph once.
 */
final class CtdlAdvancedStanding {

  static final String PROGRAM = "ceterms:LearningProgram";
  static final String CIP_FRAMEWORK = "https://nces.ed.gov/ipeds/cipcode/";
  static final String CIP_FRAMEWORK_NAME = "Classification of Instructional Programs (CIP) 2020";
  static final String CREDIT_UNIT_FRAMEWORK = "https://credreg.net/ctdl/terms/CreditUnit";
  static final String KIND = "credval:creditKind";

  private final PostsecondaryCredit credit;
  /** Program and institution nodes by CTID, in first-use order. */
  private final Map<String, Map<String, Object>> programs = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> institutions = new LinkedHashMap<>();

  CtdlAdvancedStanding(PostsecondaryCredit credit) {
    this.credit = credit;
  }

  /** The profiles for one credential, agreements first; empty when it has none. */
  List<Object> profiles(CredentialCode code) {
    List<Object> out = new ArrayList<>();
    for (Articulation a : credit.articulations()) {
      if (a.credential().equals(code)) {
        out.add(articulation(a));
      }
    }
    for (ApprenticeshipCredit c : credit.apprenticeships()) {
      if (c.credential().equals(code)) {
        out.add(apprenticeship(c));
      }
    }
    return out;
  }

  List<Map<String, Object>> programNodes() {
    return List.copyOf(programs.values());
  }

  /** Institutions by name (an issuer of the same name shares its node), each with its IPEDS id when known. */
  Map<String, Map<String, Object>> institutionNodes() {
    return institutions;
  }

  private Map<String, Object> articulation(Articulation a) {
    String org = institution(a.institution(), a.ipedsUnitId());
    String programCtid = CtdlTerms.ctid("urn:credval:program:" + org + "|" + a.cip() + "|" + a.programTitle());
    programs.computeIfAbsent(programCtid, k -> {
      Map<String, Object> n = node(k, PROGRAM);
      n.put("ceterms:name", Map.of(LANGUAGE, a.programTitle()));
      n.put("ceterms:offeredBy", List.of(CtdlWriter.iri(org)));
      Map<String, Object> cip = new LinkedHashMap<>();
      cip.put("@type", "ceterms:CredentialAlignmentObject");
      cip.put("ceterms:framework", CIP_FRAMEWORK);
      cip.put("ceterms:frameworkName", Map.of(LANGUAGE, CIP_FRAMEWORK_NAME));
      cip.put("ceterms:codedNotation", a.cip().value());
      cip.put("ceterms:targetNodeName", Map.of(LANGUAGE, a.programTitle()));
      n.put("ceterms:instructionalProgramType", List.of(cip));
      return n;
    });
    Map<String, Object> p = profile("articulation", a.creditHours() + " " + a.creditUnit().label() + " toward "
        + a.programTitle() + " (CIP " + a.cip() + ") at " + a.institution() + ", by articulation agreement.");
    p.put("ceterms:assertedBy", List.of(CtdlWriter.iri(org)));
    p.put("ceterms:dateEffective", a.effectiveFrom().toString());
    p.put("ceterms:targetLearningOpportunity", List.of(CtdlWriter.iri(programCtid)));
    p.put("ceterms:creditValue", List.of(value(a.creditUnit(), a.creditHours())));
    extras(p, a.effectiveTo(), a.source(), a.notes());
    return p;
  }

  private Map<String, Object> apprenticeship(ApprenticeshipCredit c) {
    String programCtid = CtdlTerms.ctid("urn:credval:apprenticeship:"
        + (c.rapidsCode() != null ? "rapids:" + c.rapidsCode() : "name:" + c.occupation()) + "|" + c.occupation());
    programs.computeIfAbsent(programCtid, k -> {
      Map<String, Object> n = node(k, PROGRAM);
      n.put("ceterms:name", Map.of(LANGUAGE, c.occupation()));
      if (c.rapidsCode() != null) {
        n.put("ceterms:codedNotation", c.rapidsCode());
      }
      return n;
    });
    Map<String, Object> p = profile("apprenticeship", c.hours() + " hours toward the registered apprenticeship for "
        + c.occupation() + (c.rapidsCode() != null ? " (RAPIDS " + c.rapidsCode() + ")" : "") + ".");
    if (c.effectiveFrom() != null) {
      p.put("ceterms:dateEffective", c.effectiveFrom().toString());
    }
    p.put("ceterms:targetLearningOpportunity", List.of(CtdlWriter.iri(programCtid)));
    p.put("ceterms:creditValue", List.of(value(CreditUnit.CLOCK_HOUR, BigDecimal.valueOf(c.hours()))));
    extras(p, c.effectiveTo(), c.source(), c.notes());
    return p;
  }

  private String institution(String name, String ipeds) {
    String ctid = ipeds != null ? CtdlTerms.ctid("urn:credval:institution:ipeds:" + ipeds) : CtdlCodec.organizationCtid(name);
    institutions.computeIfAbsent(ctid, k -> {
      Map<String, Object> n = node(k, CtdlTerms.ORGANIZATION);
      n.put("ceterms:name", Map.of(LANGUAGE, name));
      if (ipeds != null) {
        n.put("ceterms:ipedsID", ipeds);
      }
      return n;
    });
    return ctid;
  }

  private static Map<String, Object> profile(String kind, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("@type", "ceterms:ConditionProfile");
    p.put("ceterms:description", Map.of(LANGUAGE, description));
    p.put(KIND, kind);
    return p;
  }

  private static Map<String, Object> value(CreditUnit unit, BigDecimal amount) {
    Map<String, Object> unitType = new LinkedHashMap<>();
    unitType.put("@type", "ceterms:CredentialAlignmentObject");
    unitType.put("ceterms:framework", CREDIT_UNIT_FRAMEWORK);
    unitType.put("ceterms:targetNode", unit.concept());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("@type", "ceterms:ValueProfile");
    v.put("ceterms:creditUnitType", List.of(unitType));
    v.put("schema:value", amount);
    return v;
  }

  /** Facts a ConditionProfile has no CTDL property for: its end date, the source and notes as given. */
  private static void extras(Map<String, Object> p, java.time.LocalDate to, String source, String notes) {
    if (source != null && source.matches("https?://\\S+")) {
      p.put("ceterms:subjectWebpage", source);
    }
    if (to != null) {
      p.put("credval:expirationDate", to.toString());
    }
    if (source != null) {
      p.put("credval:source", source);
    }
    if (notes != null) {
      p.put("credval:notes", notes);
    }
  }

  private static Map<String, Object> node(String ctid, String type) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("@id", CtdlWriter.iri(ctid));
    n.put("@type", type);
    n.put("ceterms:ctid", ctid);
    return n;
  }
}
