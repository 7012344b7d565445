package org.credval.app.scoring;

import java.math.BigDecimal;
import org.credval.core.catalog.Credential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Postsecondary credit of credentials: credit hours and apprenticeship hours from articulation
 * agreements, when such tables are loaded, and the stacks the catalog records.
 */
@Repository
class Articulations {

  private final JdbcClient jdbc;

  Articulations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What the articulation tables hold, read once per run. */
  record Credit(boolean loaded) {

    Fact creditHours(Credential c) {
      return Fact.none("credit_hours", loaded ? "no articulation agreement grants college credit for "
          + c.code().value() : "no articulation agreements are loaded");
    }

    Fact apprenticeshipHours(Credential c) {
      return Fact.none("apprenticeship_hours", loaded ? "no apprenticeship hour credit is recorded for "
          + c.code().value() : "no apprenticeship hour credit is loaded");
    }

    Fact stacks(Credential c) {
      int n = c.stacksTo().size();
      return Fact.number("stacks", BigDecimal.valueOf(n), n == 0 ? "the catalog lists no credential it stacks toward"
          : "stacks toward " + String.join(", ", c.stacksTo().stream().map(x -> x.value()).toList()),
          QualityFacts.source(c));
    }
  }

  Credit load() {
    boolean table = jdbc.sql("select count(*) from information_schema.tables where lower(table_name) like 'articulation%'")
        .query(Integer.class).single() > 0;
    return new Credit(table);
  }
}
