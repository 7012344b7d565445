package org.credval.core.catalog.ctdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credval.core.articulation.CreditUnit;
import org.credval.core.articulation.Credits;
import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.catalog.CatalogImport;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.json.JsonParser;
import org.junit.jupiter.api.Test;

class CtdlAdvancedStandingTest {

  static final CredentialCatalog CATALOG = CredentialCatalog.starter();

  private static PostsecondaryCredit credit() {
    String a = CATALOG.all().get(0).code().value();
    String b = CATALOG.all().get(1).code().value();
    return new PostsecondaryCredit(
        List.of(Credits.articulation(a, "Example Valley College", "111111", "6", CreditUnit.SEMESTER_HOUR),
            Credits.articulation(a, "Example Hills College", null, "4.5", CreditUnit.QUARTER_HOUR),
            Credits.articulation(b, "Example Valley College", "111111", "3", CreditUnit.SEMESTER_HOUR)),
        List.of(Credits.apprenticeship(a, "Electrician", "0159HY", 144), Credits.apprenticeship(b, "Plumber", null, 40)));
  }

  @Test
  void writesAdvancedStandingProfilesAndReadsThemBack() {
    PostsecondaryCredit credit = credit();
    String json = CtdlCodec.toJsonLd(CATALOG, soc -> Optional.empty(), credit);

    assertThat(CtdlCodec.creditFromJsonLd(json)).isEqualTo(credit);
    // Writing is deterministic.
    assertThat(CtdlCodec.toJsonLd(CATALOG, soc -> Optional.empty(), credit)).isEqualTo(json);
  }

  @SuppressWarnings("unchecked")
  @Test
  void usesCtdlTermsForTheCreditAndTheProgram() {
    String json = CtdlCodec.toJsonLd(CATALOG, soc -> Optional.empty(), credit());
    List<Map<String, Object>> graph = (List<Map<String, Object>>) ((Map<String, Object>) JsonParser.parse(json)).get("@graph");
    Map<String, Object> first = graph.get(0);
    List<Map<String, Object>> profiles = (List<Map<String, Object>>) first.get("ceterms:isAdvancedStandingFor");
    assertThat(profiles).hasSize(3);
    Map<String, Object> p = profiles.get(1); // agreements in key order: the IPEDS-identified college, then Example Hills
    assertThat(p).containsEntry("@type", "ceterms:ConditionProfile").containsKey("ceterms:targetLearningOpportunity")
        .containsEntry("ceterms:dateEffective", "2025-07-01");
    Map<String, Object> value = ((List<Map<String, Object>>) p.get("ceterms:creditValue")).get(0);
    assertThat(value).containsEntry("@type", "ceterms:ValueProfile");
    assertThat(((List<Map<String, Object>>) value.get("ceterms:creditUnitType")).get(0))
        .containsEntry("ceterms:targetNode", "creditUnit:QuarterHour");
    String target = ((List<String>) p.get("ceterms:targetLearningOpportunity")).get(0);
    Map<String, Object> program = graph.stream().filter(n -> target.equals(n.get("@id"))).findFirst().orElseThrow();
    assertThat(program).containsEntry("@type", "ceterms:LearningProgram");
    assertThat(graph).anySatisfy(n -> assertThat(n).containsEntry("ceterms:ipedsID", "111111"));
    assertThat(graph.stream().filter(n -> "ceterms:LearningProgram".equals(n.get("@type")))).hasSize(4);
  }

  @Test
  void theCatalogReaderStillReadsTheSameCatalogAndIgnoresThePrograms() {
    String json = CtdlCodec.toJsonLd(CATALOG, soc -> Optional.empty(), credit());
    CatalogImport back = CtdlCodec.fromJsonLd(json);
    assertThat(back.problems()).isEmpty();
    assertThat(back.credentials()).containsExactlyElementsOf(CATALOG.all());
  }

  @Test
  void namesThePathOfAProfileThatCannotBeRead() {
    String json = CtdlCodec.toJsonLd(CATALOG, soc -> Optional.empty(), credit())
        .replaceFirst("creditUnit:QuarterHour", "creditUnit:Fortnight");
    assertThatThrownBy(() -> CtdlCodec.creditFromJsonLd(json))
        .hasMessageStartingWith("$['@graph'][0]['ceterms:isAdvancedStandingFor']")
        .hasMessageContaining("creditUnit concept");
  }

  @Test
  void aCatalogWithoutCreditHasNoProfiles() {
    assertThat(CtdlCodec.toJsonLd(CATALOG)).doesNotContain("isAdvancedStandingFor");
    assertThat(CtdlCodec.creditFromJsonLd(CtdlCodec.toJsonLd(CATALOG))).isEqualTo(PostsecondaryCredit.NONE);
  }


}
