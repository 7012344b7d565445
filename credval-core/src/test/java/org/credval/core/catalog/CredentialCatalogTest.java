package org.credval.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credval.core.catalog.TestCredentials.credential;

import java.util.List;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.Test;

class CredentialCatalogTest {

  private final CredentialCatalog catalog = CredentialCatalog.of(List.of(
      TestCredentials.full(),
      credential("COMPT002", "COMPT003"),
      credential("COMPT003"),
      credential("CISCO001", "COMPT003")));

  @Test
  void findsByCodeAndKeepsOrder() {
    assertThat(catalog.byCode(new CredentialCode("COMPT002"))).get()
        .extracting(Credential::name).isEqualTo("Credential COMPT002");
    assertThat(catalog.byCode(new CredentialCode("COMPT999"))).isEmpty();
    assertThat(catalog.all()).extracting(c -> c.code().value())
        .containsExactly("COMPT001", "COMPT002", "COMPT003", "CISCO001");
  }

  @Test
  void findsByNameOrAliasIgnoringCaseSpacingAndDashStyle() {
    assertThat(catalog.findByName("  compTIA   a plus ")).extracting(Credential::name).containsExactly("CompTIA A+");
    assertThat(catalog.findByName("CompTIA A+")).hasSize(1);
    assertThat(catalog.findByName("A+")).isEmpty();
  }

  @Test
  void searchPutsExactMatchesFirstThenSubstringMatches() {
    assertThat(catalog.search("credential compt002")).extracting(c -> c.code().value()).containsExactly("COMPT002");
    assertThat(catalog.search("compt00")).extracting(c -> c.code().value())
        .containsExactly("COMPT002", "COMPT003");
    assertThat(catalog.search("a+ certification")).extracting(c -> c.code().value()).containsExactly("COMPT001");
    assertThat(catalog.search("   ")).isEmpty();
  }

  @Test
  void followsStackingLinksInBothDirections() {
    CredentialCode sec = new CredentialCode("COMPT003");
    assertThat(catalog.stacksFrom(sec)).extracting(c -> c.code().value()).containsExactly("COMPT002", "CISCO001");
    assertThat(catalog.stacksTo(new CredentialCode("COMPT002"))).extracting(c -> c.code().value())
        .containsExactly("COMPT003");
    assertThat(catalog.stacksFrom(new CredentialCode("CISCO001"))).isEmpty();
  }

  @Test
  void refusesCredentialsThatBreakCatalogRules() {
    assertThatThrownBy(() -> CredentialCatalog.of(List.of(credential("COMPT001", "COMPT002"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown credential code COMPT002");
    assertThatThrownBy(() -> CredentialCatalog.of(List.of(credential("COMPT001"), credential("COMPT001"))))
        .hasMessageContaining("duplicate code COMPT001");
  }

  @Test
  void catalogsWithTheSameCredentialsInTheSameOrderAreEqual() {
    CredentialCatalog again = CredentialCatalog.of(catalog.all());
    assertThat(again).isEqualTo(catalog).hasSameHashCodeAs(catalog);
    assertThat(CredentialCatalog.of(List.of(credential("COMPT003"), credential("COMPT002", "COMPT003"))))
        .isNotEqualTo(CredentialCatalog.of(List.of(credential("COMPT002", "COMPT003"), credential("COMPT003"))));
  }

  @Test
  void listsIndustriesInOrderOfFirstAppearance() {
    assertThat(catalog.industries()).containsExactly("it");
    assertThat(catalog.inIndustry("it")).hasSize(4);
  }
}
