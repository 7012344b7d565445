package org.credval.core.catalog.ctdl;

import static org.credval.core.catalog.ctdl.CtdlTerms.LANGUAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.code.CredentialCode;
import java.util.Optional;
import java.util.function.Function;
import org.credval.core.code.SocCode;

/** Builds the JSON-LD tree for a catalog: credentials in catalog order, then their issuers. */
final class CtdlWriter {

  private CtdlWriter() {}

  static Map<String, Object> document(CredentialCatalog catalog, Function<SocCode, Optional<String>> socTitles,
      PostsecondaryCredit credit) {
    List<Object> graph = new ArrayList<>();
    Set<String> issuers = new LinkedHashSet<>();
    CtdlAdvancedStanding standing = new CtdlAdvancedStanding(credit);
    for (Credential c : catalog.all()) {
      Map<String, Object> node = credential(c, socTitles);
      List<Object> profiles = standing.profiles(c.code());
      if (!profiles.isEmpty()) {
        node.put("ceterms:isAdvancedStandingFor", profiles);
      }
      graph.add(node);
      issuers.add(c.issuer());
    }
    // Credentials, then the programs they count toward, then every organization once.
    graph.addAll(standing.programNodes());
    Set<String> organizations = new LinkedHashSet<>();
    for (String issuer : issuers) {
      Map<String, Object> org = node(CtdlCodec.organizationCtid(issuer), CtdlTerms.ORGANIZATION);
      org.put("ceterms:name", Map.of(LANGUAGE, issuer));
      graph.add(org);
      organizations.add(CtdlCodec.organizationCtid(issuer));
    }
    standing.institutionNodes().forEach((ctid, org) -> {
      if (organizations.add(ctid)) {
        graph.add(org);
      }
    });
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", List.of(CtdlTerms.CONTEXT, Map.of("credval", CtdlTerms.CREDVAL_NAMESPACE)));
    doc.put("@graph", graph);
    return doc;
  }

  private static Map<String, Object> credential(Credential c, Function<SocCode, Optional<String>> socTitles) {
    Map<String, Object> n = node(CtdlCodec.ctid(c.code()), CtdlTerms.typeOf(c.type()));
    n.put("ceterms:name", Map.of(LANGUAGE, c.name()));
    if (!c.aliases().isEmpty()) {
      n.put("ceterms:alternateName", Map.of(LANGUAGE, c.aliases()));
    }
    n.put("ceterms:inLanguage", List.of("en"));
    n.put("ceterms:ownedBy", List.of(iri(CtdlCodec.organizationCtid(c.issuer()))));
    if (c.url() != null) {
      n.put("ceterms:subjectWebpage", c.url());
    }
    n.put("ceterms:lifeCycleStatusType", alignment(CtdlTerms.LIFE_CYCLE_FRAMEWORK, "Life Cycle Status",
        "ceterms:targetNode", CtdlTerms.lifeCycleNode(c.status()), CtdlTerms.lifeCycleName(c.status())));
    if (!c.socCodes().isEmpty()) {
      n.put("ceterms:occupationType", c.socCodes().stream().map(soc -> occupation(soc, socTitles)).toList());
    }
    if (!c.stacksTo().isEmpty()) {
      Map<String, Object> condition = new LinkedHashMap<>();
      condition.put("@type", "ceterms:ConditionProfile");
      condition.put("ceterms:targetCredential", c.stacksTo().stream().map(CtdlWriter::credentialIri).toList());
      n.put("ceterms:isPreparationFor", List.of(condition));
    }
    if (c.costUsd() != null) {
      Map<String, Object> cost = new LinkedHashMap<>();
      cost.put("@type", "ceterms:CostProfile");
      cost.put("ceterms:currency", "USD");
      cost.put("ceterms:price", c.costUsd());
      n.put("ceterms:estimatedCost", List.of(cost));
    }
    if (c.hours() != null) {
      Map<String, Object> duration = new LinkedHashMap<>();
      duration.put("@type", "ceterms:DurationProfile");
      duration.put("ceterms:exactDuration", "PT" + c.hours() + "H");
      n.put("ceterms:estimatedDuration", List.of(duration));
    }
    n.put("credval:code", c.code().value());
    n.put("credval:thirdParty", c.thirdParty());
    n.put("credval:examBased", c.examBased());
    if (!c.accreditations().isEmpty()) {
      n.put("credval:accreditation", c.accreditations());
    }
    n.put("credval:industry", c.industry());
    return n;
  }

  private static Map<String, Object> occupation(SocCode soc, Function<SocCode, Optional<String>> socTitles) {
    return alignment(CtdlTerms.SOC_FRAMEWORK, CtdlTerms.SOC_FRAMEWORK_NAME, "ceterms:codedNotation",
        soc.value(), socTitles.apply(soc).orElse(null));
  }

  private static Map<String, Object> alignment(String framework, String frameworkName,
      String valueProperty, String value, String valueName) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("@type", "ceterms:CredentialAlignmentObject");
    a.put("ceterms:framework", framework);
    a.put("ceterms:frameworkName", Map.of(LANGUAGE, frameworkName));
    a.put(valueProperty, value);
    // The occupation's title comes from the loaded SOC structure; without it the code alone is exact.
    if (valueName != null) {
      a.put("ceterms:targetNodeName", Map.of(LANGUAGE, valueName));
    }
    return a;
  }

  private static Map<String, Object> node(String ctid, String type) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("@id", iri(ctid));
    n.put("@type", type);
    n.put("ceterms:ctid", ctid);
    return n;
  }

  private static String credentialIri(CredentialCode code) {
    return iri(CtdlCodec.ctid(code));
  }

  static String iri(String ctid) {
    return CtdlTerms.RESOURCE_BASE + ctid;
  }
}
