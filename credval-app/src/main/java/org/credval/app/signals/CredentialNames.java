package org.credval.app.signals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names for the credential codes found in postings: the stored catalog's name, else the starter
 * catalog's, else the code itself. Postings loaded into a database whose catalog was never seeded
 * are matched against the starter catalog, so their codes are named from it.
 */
@Component
public class CredentialNames {

  private final JdbcClient jdbc;

  CredentialNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every name known, by code: the stored catalog's over the starter catalog's. */
  public Map<String, String> byCode() {
    Map<String, String> names = new LinkedHashMap<>(Starter.NAMES);
    jdbc.sql("select code, name from credential").query((rs, i) -> names.put(rs.getString(1), rs.getString(2))).list();
    return names;
  }

  /** The name of one code, or the code when neither catalog has it. */
  public String of(String code) {
    return jdbc.sql("select name from credential where code = ?").param(code).query(String.class).optional()
        .orElseGet(() -> Starter.NAMES.getOrDefault(code, code));
  }

  /** Loaded once, on first use. */
  private static final class Starter {
    static final Map<String, String> NAMES = CredentialCatalog.starter().all().stream()
        .collect(Collectors.toUnmodifiableMap(c -> c.code().value(), Credential::name, (a, b) -> a));
  }
}
