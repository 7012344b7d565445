package org.credval.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.credval.app.platform.web.WebFixture;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hand edits of the catalog: recorded with who, when, why and the row before and after. */
@SpringBootTest
@Tag("db")
class CredentialEditorIT {

  static final CredentialCode CODE = new CredentialCode(WebFixture.CREDENTIAL);

  @Autowired CredentialEditor editor;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void insertFixture() {
    WebFixture.insert(jdbc);
  }

  @AfterEach
  void removeFixture() {
    WebFixture.remove(jdbc);
  }

  private static CredentialEdit edit(String name, List<String> aliases, String cost) {
    return new CredentialEdit(name, aliases, "Fixture Skills Council", "certificate", true, true, null,
        "manufacturing", null, cost == null ? null : new java.math.BigDecimal(cost), 40);
  }

  @Test
  void updateStoresFieldsAndRecordsWhoWhenWhyWithBeforeAndAfter() {
    int version = editor.update(CODE, 1, edit("Renamed Certificate", List.of("RC", "FWAC"), "99.5"), "ana", "Issuer renamed it");

    assertThat(version).isEqualTo(2);
    Map<String, Object> row = jdbc.queryForMap("select * from credential where code = ?", CODE.value());
    assertThat(row).containsEntry("name", "Renamed Certificate").containsEntry("hours", 40).containsEntry("updated_by", "ana");
    assertThat(jdbc.queryForList("select alias from credential_alias where code = ? order by alias", String.class, CODE.value()))
        .containsExactly("FWAC", "RC");
    Map<String, Object> change = jdbc.queryForMap("select * from credential_change where code = ?", CODE.value());
    assertThat(change).containsEntry("change_type", "update").containsEntry("changed_by", "ana")
        .containsEntry("reason", "Issuer renamed it");
    List<CatalogRow.FieldChange> changes = CatalogRow.parse((String) change.get("after_state"))
        .changesFrom(CatalogRow.parse((String) change.get("before_state")));
    assertThat(changes).extracting(CatalogRow.FieldChange::column).containsExactly("name", "aliases", "cost_usd", "hours");
    assertThat(changes.get(0)).isEqualTo(new CatalogRow.FieldChange("name", WebFixture.CREDENTIAL_NAME, "Renamed Certificate"));
    assertThat(CatalogRow.parse((String) change.get("after_state")).get("soc_codes")).isEqualTo(WebFixture.SOC);
  }

  @Test
  void refusesAnEditMadeFromAnOlderVersion() {
    editor.update(CODE, 1, edit("First", List.of(), null), "ana", "first");

    assertThatThrownBy(() -> editor.update(CODE, 1, edit("Second", List.of(), null), "bo", "second"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.CHANGED_MEANWHILE));
    assertThat(jdbc.queryForObject("select name from credential where code = ?", String.class, CODE.value())).isEqualTo("First");
  }

  @Test
  void refusesAnEditWithoutReasonOrWithoutChange() {
    assertThatThrownBy(() -> editor.update(CODE, 1, edit("X", List.of(), null), "ana", "  "))
        .isInstanceOfSatisfying(CatalogEditException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    CredentialEdit same = new CredentialEdit(WebFixture.CREDENTIAL_NAME, List.of("FWAC"), "Fixture Skills Council",
        "certificate", true, true, null, "manufacturing", null, new java.math.BigDecimal("125"), null);
    assertThatThrownBy(() -> editor.update(CODE, 1, same, "ana", "no-op"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.NOTHING_CHANGED));
    assertThat(jdbc.queryForObject("select count(*) from credential_change where code = ?", Integer.class, CODE.value())).isZero();
    assertThat(jdbc.queryForObject("select version from credential where code = ?", Integer.class, CODE.value())).isEqualTo(1);
  }

  @Test
  void retireKeepsTheCredentialAndRefusesToRetireTwice() {
    editor.retire(CODE, 1, "ana", "No longer offered");

    assertThat(jdbc.queryForObject("select status from credential where code = ?", String.class, CODE.value())).isEqualTo("retired");
    assertThat(jdbc.queryForObject("select change_type from credential_change where code = ?", String.class, CODE.value()))
        .isEqualTo("retire");
    assertThatThrownBy(() -> editor.retire(CODE, 2, "ana", "again"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.ALREADY_RETIRED));
  }

  @Test
  void unknownCodeIsReportedAsSuch() {
    assertThatThrownBy(() -> editor.retire(new CredentialCode("TESTX999"), 1, "ana", "why"))
        .isInstanceOfSatisfying(CatalogEditException.class,
            e -> assertThat(e.kind()).isEqualTo(CatalogEditException.Kind.NOT_FOUND));
  }
}
