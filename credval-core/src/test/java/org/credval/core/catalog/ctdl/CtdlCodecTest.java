package org.credval.core.catalog.ctdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.credval.core.catalog.CatalogImport;
import org.credval.core.catalog.CatalogProblem;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.catalog.CredentialType;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.json.JsonParser;
import org.credval.core.json.JsonWriter;
import org.junit.jupiter.api.Test;

class CtdlCodecTest {

  private static Credential credential(String code, CredentialType type, String issuer,
      BigDecimal cost, Integer hours, String url, CredentialStatus status, String... stacksTo) {
    return new Credential(new CredentialCode(code), "Name of " + code, List.of("Alias " + code, "Ünïcode “quoted” " + code),
        issuer, type, true, false, List.of("ANSI"), List.of(new SocCode("15-1232"), new SocCode("15-1231")),
        cost, hours, List.of(stacksTo).stream().map(CredentialCode::new).toList(), "it", url, status);
  }

  /** One credential of each type, with and without the optional facts. */
  private static final CredentialCatalog SMALL = CredentialCatalog.of(List.of(
      credential("COMPT001", CredentialType.CERTIFICATION, "CompTIA", new BigDecimal("253.00"), 120,
          "https://www.comptia.org/", CredentialStatus.ACTIVE, "COMPT002"),
      credential("COMPT002", CredentialType.LICENSE, "CompTIA", null, null, null, CredentialStatus.RETIRED),
      credential("DOLRA001", CredentialType.APPRENTICESHIP_CERTIFICATE, "U.S. DOL", BigDecimal.ZERO, null, null,
          CredentialStatus.ACTIVE, "COMPT002"),
      credential("APPLE002", CredentialType.BADGE, "Apple", null, 1, null, CredentialStatus.ACTIVE),
      credential("OSHAX001", CredentialType.CERTIFICATE, "OSHA", null, 10, null, CredentialStatus.ACTIVE)));

  @Test
  void starterCatalogSurvivesARoundTripAndReExportsByteForByte() {
    CredentialCatalog starter = CredentialCatalog.starter();
    String json = CtdlCodec.toJsonLd(starter);
    CatalogImport back = CtdlCodec.fromJsonLd(json);
    assertThat(back.problems()).isEmpty();
    assertThat(back.catalog()).isEqualTo(starter);
    assertThat(CtdlCodec.toJsonLd(back.catalog())).isEqualTo(json);
  }

  @Test
  void everyCredentialTypeStatusAndOptionalFactSurvivesARoundTrip() {
    String json = CtdlCodec.toJsonLd(SMALL);
    assertThat(CtdlCodec.fromJsonLd(json).catalog()).isEqualTo(SMALL);
    assertThat(CtdlCodec.toJsonLd(CtdlCodec.fromJsonLd(json).catalog())).isEqualTo(json);
  }

  @Test
  void namesOccupationsByCodeAloneWhenNoTitlesAreGiven() {
    Map<String, Object> aPlus = graph(parse(CtdlCodec.toJsonLd(SMALL))).get(0);
    assertThat(((List<?>) aPlus.get("ceterms:occupationType")).get(0)).isEqualTo(Map.of(
        "@type", "ceterms:CredentialAlignmentObject",
        "ceterms:framework", "https://www.bls.gov/soc/2018/",
        "ceterms:frameworkName", Map.of("en-US", "Standard Occupational Classification (SOC) 2018"),
        "ceterms:codedNotation", "15-1232"));
  }

  @Test
  void derivesStableNameBasedCtids() {
    // Expected values computed independently: Python uuid.uuid3(uuid.NAMESPACE_URL, name).
    assertThat(CtdlCodec.ctid(new CredentialCode("COMPT001"))).isEqualTo("ce-69e9b082-c557-3a3a-b029-1dd25f2a7e54");
    assertThat(CtdlCodec.organizationCtid("CompTIA")).isEqualTo("ce-3a81b0ad-4897-3803-a34a-e23d6ba1c33f");
  }

  @Test
  void writesCredentialsAsCtdlNodesOwnedByOrganizationsInTheSameGraph() {
    Map<String, Object> doc = parse(CtdlCodec.toJsonLd(SMALL,
        soc -> soc.value().equals("15-1232") ? Optional.of("Computer User Support Specialists") : Optional.empty()));
    assertThat(doc.get("@context")).isEqualTo(List.of(
        "https://credreg.net/ctdl/schema/context/json", Map.of("credval", "urn:credval:terms:")));
    List<Map<String, Object>> graph = graph(doc);
    assertThat(graph).extracting(n -> n.get("@type")).containsExactly("ceterms:Certification",
        "ceterms:License", "ceterms:ApprenticeshipCertificate", "ceterms:Badge", "ceterms:Certificate",
        "ceterms:CredentialOrganization", "ceterms:CredentialOrganization",
        "ceterms:CredentialOrganization", "ceterms:CredentialOrganization");

    Map<String, Object> aPlus = graph.get(0);
    assertThat(aPlus.get("ceterms:ctid")).isEqualTo("ce-69e9b082-c557-3a3a-b029-1dd25f2a7e54");
    assertThat(aPlus.get("@id")).isEqualTo("https://credentialengineregistry.org/resources/ce-69e9b082-c557-3a3a-b029-1dd25f2a7e54");
    assertThat(aPlus.get("ceterms:name")).isEqualTo(Map.of("en-US", "Name of COMPT001"));
    assertThat(aPlus.get("ceterms:alternateName"))
        .isEqualTo(Map.of("en-US", List.of("Alias COMPT001", "Ünïcode “quoted” COMPT001")));
    assertThat(aPlus.get("ceterms:subjectWebpage")).isEqualTo("https://www.comptia.org/");
    assertThat(aPlus).containsEntry("credval:code", "COMPT001").containsEntry("credval:thirdParty", true)
        .containsEntry("credval:examBased", false).containsEntry("credval:industry", "it")
        .containsEntry("credval:accreditation", List.of("ANSI"));

    Map<String, Object> owner = graph.get(5);
    assertThat(aPlus.get("ceterms:ownedBy")).isEqualTo(List.of(owner.get("@id")));
    assertThat(owner).containsEntry("ceterms:ctid", CtdlCodec.organizationCtid("CompTIA"))
        .containsEntry("ceterms:name", Map.of("en-US", "CompTIA"));

    assertThat(((List<?>) aPlus.get("ceterms:occupationType")).get(0)).isEqualTo(Map.of(
        "@type", "ceterms:CredentialAlignmentObject",
        "ceterms:framework", "https://www.bls.gov/soc/2018/",
        "ceterms:frameworkName", Map.of("en-US", "Standard Occupational Classification (SOC) 2018"),
        "ceterms:codedNotation", "15-1232",
        "ceterms:targetNodeName", Map.of("en-US", "Computer User Support Specialists")));
    assertThat(aPlus.get("ceterms:isPreparationFor")).isEqualTo(List.of(Map.of(
        "@type", "ceterms:ConditionProfile", "ceterms:targetCredential", List.of(graph.get(1).get("@id")))));
    assertThat(aPlus.get("ceterms:estimatedCost")).isEqualTo(List.of(Map.of(
        "@type", "ceterms:CostProfile", "ceterms:currency", "USD", "ceterms:price", new BigDecimal("253"))));
    assertThat(aPlus.get("ceterms:estimatedDuration")).isEqualTo(List.of(Map.of(
        "@type", "ceterms:DurationProfile", "ceterms:exactDuration", "PT120H")));
    assertThat(status(aPlus)).isEqualTo("lifeCycle:Active");
    assertThat(status(graph.get(1))).isEqualTo("lifeCycle:Ceased");
  }

  @Test
  void leavesOutCostDurationAndWebpageWhenUnknown() {
    Map<String, Object> retired = graph(parse(CtdlCodec.toJsonLd(SMALL))).get(1);
    assertThat(retired).doesNotContainKeys("ceterms:estimatedCost", "ceterms:estimatedDuration",
        "ceterms:subjectWebpage", "ceterms:isPreparationFor");
  }

  @Test
  void readsAdvancedStandingConditionsAsStackingLinks() {
    String json = edit(doc -> {
      Map<String, Object> apple = graph(doc).get(3);
      apple.put("ceterms:isAdvancedStandingFor", List.of(Map.of("@type", "ceterms:ConditionProfile",
          "ceterms:targetCredential", List.of(CtdlCodec.ctid(new CredentialCode("OSHAX001")), graph(doc).get(1).get("@id")))));
    });
    Credential apple = CtdlCodec.fromJsonLd(json).catalog().byCode(new CredentialCode("APPLE002")).orElseThrow();
    assertThat(apple.stacksTo()).extracting(CredentialCode::value).containsExactly("OSHAX001", "COMPT002");
  }

  @Test
  void acceptsSingleValuesAndCtidReferencesWhereJsonLdAllowsThem() {
    String json = edit(doc -> {
      Map<String, Object> aPlus = graph(doc).get(0);
      aPlus.put("@type", List.of("ceterms:Certification"));
      aPlus.put("ceterms:ownedBy", CtdlCodec.organizationCtid("CompTIA"));
      aPlus.put("ceterms:name", "Name of COMPT001");
    });
    assertThat(CtdlCodec.fromJsonLd(json).catalog()).isEqualTo(SMALL);
  }

  @Test
  void reportsMissingNameUnknownTypeAndDanglingReferencesWithTheirJsonPaths() {
    String json = edit(doc -> {
      List<Map<String, Object>> graph = graph(doc);
      graph.get(0).remove("ceterms:name");
      graph.get(1).put("@type", "ceterms:Diploma");
      graph.get(2).put("ceterms:ownedBy", List.of("https://example.org/nobody"));
      graph.get(3).put("ceterms:isPreparationFor", List.of(Map.of("ceterms:targetCredential", List.of("ce-missing"))));
    });
    CatalogImport result = CtdlCodec.fromJsonLd(json);
    assertThat(result.problems()).extracting(CatalogProblem::field).containsExactly(
        "$['@graph'][1]['@type']",
        "$['@graph'][0]['ceterms:name']",
        "$['@graph'][2]['ceterms:ownedBy'][0]",
        "$['@graph'][3]['ceterms:isPreparationFor'][0]['ceterms:targetCredential'][0]");
    assertThat(result.problems()).extracting(CatalogProblem::reason).satisfiesExactly(
        r -> assertThat(r).startsWith("unknown @type 'ceterms:Diploma'"),
        r -> assertThat(r).startsWith("missing ceterms:name"),
        r -> assertThat(r).contains("dangling reference", "https://example.org/nobody"),
        r -> assertThat(r).contains("dangling reference", "ce-missing"));
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void reportsBadValuesInsideNestedProfiles() {
    String json = edit(doc -> {
      Map<String, Object> aPlus = graph(doc).get(0);
      aPlus.put("ceterms:occupationType", List.of(Map.of("ceterms:codedNotation", "15-1230")));
      aPlus.put("ceterms:estimatedDuration", List.of(Map.of("ceterms:exactDuration", "P10W")));
      aPlus.put("ceterms:lifeCycleStatusType", Map.of("ceterms:targetNode", "lifeCycle:Suspended"));
      aPlus.remove("credval:thirdParty");
    });
    assertThat(CtdlCodec.fromJsonLd(json).problems()).extracting(CatalogProblem::field).containsExactly(
        "$['@graph'][0]['credval:thirdParty']",
        "$['@graph'][0]['ceterms:occupationType'][0]['ceterms:codedNotation']",
        "$['@graph'][0]['ceterms:estimatedDuration'][0]['ceterms:exactDuration']",
        "$['@graph'][0]['ceterms:lifeCycleStatusType']['ceterms:targetNode']");
  }

  @Test
  void reportsCatalogRulesAtTheNodeThatBreaksThem() {
    String json = edit(doc -> {
      Map<String, Object> retired = graph(doc).get(1);
      retired.put("ceterms:isPreparationFor", List.of(Map.of("ceterms:targetCredential",
          List.of(graph(doc).get(0).get("@id")))));
      graph(doc).get(4).put("credval:code", "COMPT001");
    });
    assertThat(CtdlCodec.fromJsonLd(json).problems())
        .extracting(CatalogProblem::field, CatalogProblem::reason)
        .containsExactly(
            tuple("$['@graph'][4]['credval:code']", "duplicate code COMPT001, already used by \"Name of COMPT001\""),
            tuple("$['@graph'][1]['ceterms:isPreparationFor']", "stacking cycle COMPT001 -> COMPT002 -> COMPT001"));
  }

  @Test
  void reportsInvalidJsonWithItsLineAndDocumentsWithoutAGraph() {
    CatalogProblem syntax = CtdlCodec.fromJsonLd("{\n  \"@graph\": [\n}").problems().get(0);
    assertThat(syntax.line()).isEqualTo(3);
    assertThat(syntax.reason()).startsWith("invalid JSON at line 3");
    assertThat(CtdlCodec.fromJsonLd("{\"@context\": \"https://credreg.net/ctdl/schema/context/json\"}").problems())
        .extracting(CatalogProblem::field).containsExactly("$['@graph']");
    assertThat(CtdlCodec.fromJsonLd("{\"@graph\": []}").problems())
        .extracting(CatalogProblem::field).containsExactly("$['@context']");
  }

  private static String status(Map<String, Object> node) {
    return (String) ((Map<?, ?>) node.get("ceterms:lifeCycleStatusType")).get("ceterms:targetNode");
  }

  /** The small catalog's document after {@code change}, as JSON text. */
  private static String edit(Consumer<Map<String, Object>> change) {
    Map<String, Object> doc = parse(CtdlCodec.toJsonLd(SMALL));
    change.accept(doc);
    return JsonWriter.pretty(doc);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    return (Map<String, Object>) mutable(JsonParser.parse(json));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> graph(Map<String, Object> doc) {
    return (List<Map<String, Object>>) doc.get("@graph");
  }

  /** A deep copy the test can change; the parser hands out unmodifiable collections. */
  private static Object mutable(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, val) -> copy.put((String) k, mutable(val)));
      return copy;
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(x -> copy.add(mutable(x)));
      return copy;
    }
    return v;
  }
}
