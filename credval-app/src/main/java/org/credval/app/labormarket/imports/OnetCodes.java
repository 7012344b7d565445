package org.credval.app.labormarket.imports;

import java.util.HashSet;
import java.util.Set;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.RowSink;
import org.credval.core.code.OnetSocCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The O*NET-SOC occupations loaded into {@code onet_occupation}, and reading their codes. */
@Repository
class OnetCodes {

  private final JdbcTemplate jdbc;

  OnetCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The codes loaded now; empty when no occupation file is loaded yet. */
  Set<String> known() {
    return new HashSet<>(jdbc.queryForList("select onet_code from onet_occupation", String.class));
  }

  /** The code, or null after rejecting the row when it is missing or not in O*NET-SOC form. */
  static OnetSocCode parse(RowSink<?> sink, long line, String raw) {
    try {
      return OnetSocCode.parse(raw);
    } catch (IllegalArgumentException e) {
      sink.reject(line, "O*NET-SOC Code", e.getMessage(), raw == null ? ErrorCode.MISSING_VALUE : ErrorCode.BAD_CODE, raw);
      return null;
    }
  }
}
