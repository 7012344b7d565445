package org.credval.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialEditTest {

  private static CredentialEdit edit(String name, List<String> aliases, String type, String industry, String url,
      BigDecimal cost, Integer hours) {
    return new CredentialEdit(name, aliases, "Issuer", type, false, true, "", industry, url, cost, hours);
  }

  @Test
  void trimsTextAndDropsEmptyAliasesAndOptionalFields() {
    CredentialEdit e = edit("  Name ", Arrays.asList("A", " ", "B "), "license", "", " ", null, null);
    assertThat(e.name()).isEqualTo("Name");
    assertThat(e.aliases()).containsExactly("A", "B");
    assertThat(e.accreditation()).isNull();
    assertThat(e.industry()).isNull();
    assertThat(e.url()).isNull();
  }

  @Test
  void refusesValuesTheCatalogCannotHoldNamingTheField() {
    assertField(() -> edit("", List.of(), "license", null, null, null, null), "name");
    assertField(() -> edit("N", List.of("a|b"), "license", null, null, null, null), "aliases");
    assertField(() -> edit("N", List.of("CNA", "cna"), "license", null, null, null, null), "aliases");
    assertField(() -> edit("N", List.of(), "diploma", null, null, null, null), "type");
    assertField(() -> edit("N", List.of(), "license", "Health Care", null, null, null), "industry");
    assertField(() -> edit("N", List.of(), "license", null, "www.example.org", null, null), "url");
    assertField(() -> edit("N", List.of(), "license", null, null, new BigDecimal("-1"), null), "costUsd");
    assertField(() -> edit("N", List.of(), "license", null, null, new BigDecimal("1.234"), null), "costUsd");
    assertField(() -> edit("N", List.of(), "license", null, null, null, 0), "hours");
    assertField(() -> edit("Tab\there", List.of(), "license", null, null, null, null), "name");
  }

  private static void assertField(Runnable r, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(CatalogEditException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void catalogRowListsOnlyChangedColumnsAndIgnoresForeignLayouts() {
    CatalogRow before = CatalogRow.parse("X\tOld\t\tI\tlicense\ttrue\tfalse\t\t\t\t\t\t\t\tactive");
    CatalogRow after = CatalogRow.parse("X\tNew\t\tI\tlicense\ttrue\tfalse\t\t\t\t\t\t\t\tretired");
    assertThat(after.changesFrom(before)).containsExactly(
        new CatalogRow.FieldChange("name", "Old", "New"), new CatalogRow.FieldChange("status", "active", "retired"));
    assertThat(after.changesFrom(CatalogRow.parse("a\tb"))).isEmpty();
    assertThat(CatalogRow.parse(after.toTsv())).isEqualTo(after);
  }
}
