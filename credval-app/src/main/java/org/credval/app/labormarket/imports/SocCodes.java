package org.credval.app.labormarket.imports;

import java.util.HashSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SOC 2018 codes loaded into {@code soc_occupation}, for checking the codes other files use. */
@Repository
class SocCodes {

  private final JdbcTemplate jdbc;

  SocCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A check against the codes loaded now; taken once per import so a file sees one state. */
  SocCodeCheck check() {
    return new SocCodeCheck(new HashSet<>(jdbc.queryForList("select soc_code from soc_occupation", String.class)));
  }
}
