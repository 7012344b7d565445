package org.credval.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one Flyway history applies unchanged to the database under test (H2 or PostgreSQL). */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MigrationsIT {

  @Autowired JdbcTemplate jdbc;

  @Value("${credval.it.database:h2}")
  String database;

  @Test
  void appliesEveryMigrationSuccessfully() {
    List<Boolean> results = jdbc.queryForList(
        "select success from flyway_schema_history where version is not null", Boolean.class);
    assertThat(results).isNotEmpty().allMatch(Boolean::booleanValue);
  }

  @Test
  void runsOnTheDatabaseThisRunWasConfiguredFor() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    assertThat(product).containsIgnoringCase(database.equals("postgres") ? "PostgreSQL" : "H2");
  }

  @Test
  void createsTheReferenceAndCatalogTables() {
    for (String table : List.of("import_batch", "import_rejection", "soc_occupation", "oews_estimate",
        "ep_projection", "cip_soc", "credential", "credential_change")) {
      Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
      assertThat(n).as(table).isNotNull();
    }
  }
}
