package org.credval.app.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.catalog.CredentialType;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The credential catalog as stored: reads it back as core {@link Credential}s and writes whole
 * credentials, keeping every change in {@code credential_change} with who, when, why and the
 * catalog line before and after.
 */
@Repository
public class Credentials {

  private final JdbcClient jdbc;

  Credentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int count() {
    return jdbc.sql("select count(*) from credential").query(Integer.class).single();
  }

  /** Every stored credential, active and retired, as a catalog. */
  public CredentialCatalog catalog() {
    Map<String, List<String>> aliases = multi("select code, alias from credential_alias order by code, seq, alias");
    Map<String, List<String>> socs = multi("select code, soc_code from credential_soc order by code, seq, soc_code");
    Map<String, List<String>> stacks = multi("select from_code, to_code from credential_stack order by from_code, to_code");
    List<Credential> all = jdbc.sql("select * from credential order by code").query((rs, i) -> {
      String code = rs.getString("code");
      Object hours = rs.getObject("hours");
      BigDecimal cost = rs.getBigDecimal("cost_usd");
      return new Credential(new CredentialCode(code), rs.getString("name"),
          aliases.getOrDefault(code, List.of()),
          rs.getString("issuer"), CredentialType.fromKey(rs.getString("credential_type")).orElseThrow(),
          rs.getBoolean("third_party"), rs.getBoolean("exam_based"), split(rs.getString("accreditation")),
          socs.getOrDefault(code, List.of()).stream().map(SocCode::new).toList(), cost,
          hours == null ? null : ((Number) hours).intValue(),
          stacks.getOrDefault(code, List.of()).stream().map(CredentialCode::new).toList(),
          rs.getString("industry"), rs.getString("url"),
          CredentialStatus.fromKey(rs.getString("status")).orElseThrow());
    }).list();
    return CredentialCatalog.of(all);
  }

  public Optional<Credential> find(CredentialCode code) {
    return catalog().byCode(code);
  }

  /**
   * Stores {@code c} as given (insert, or replace the stored credential), with a history entry.
   * Stacking links are written by {@link #saveStacks} once every credential of a batch exists.
   *
   * @param before the stored credential, or null when it is new
   * @param loadId the import that brought it, or null for a hand edit
   */
  public void save(Credential c, Credential before, String user, String reason, String loadId) {
    String code = c.code().value();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    String accreditation = c.accreditations().isEmpty() ? null : String.join("|", c.accreditations());
    if (before == null) {
      jdbc.sql("""
          insert into credential (code, name, issuer, credential_type, third_party, exam_based, accreditation,
            industry, url, cost_usd, hours, status, version, updated_at, updated_by, load_id)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
          .params(code, c.name(), c.issuer(), c.type().key(), c.thirdParty(), c.examBased(), accreditation,
              c.industry(), c.url(), c.costUsd(), c.hours(), c.status().key(), now, user, loadId)
          .update();
    } else {
      jdbc.sql("""
          update credential set name = ?, issuer = ?, credential_type = ?, third_party = ?, exam_based = ?,
            accreditation = ?, industry = ?, url = ?, cost_usd = ?, hours = ?, status = ?,
            version = version + 1, updated_at = ?, updated_by = ?, load_id = ?
          where code = ?""")
          .params(c.name(), c.issuer(), c.type().key(), c.thirdParty(), c.examBased(), accreditation,
              c.industry(), c.url(), c.costUsd(), c.hours(), c.status().key(), now, user, loadId, code)
          .update();
      jdbc.sql("delete from credential_alias where code = ?").param(code).update();
      jdbc.sql("delete from credential_soc where code = ?").param(code).update();
    }
    int seq = 0;
    for (String alias : c.aliases()) {
      jdbc.sql("insert into credential_alias (code, alias, seq) values (?, ?, ?)").params(code, alias, ++seq).update();
    }
    seq = 0;
    for (SocCode soc : c.socCodes()) {
      jdbc.sql("insert into credential_soc (code, soc_code, seq) values (?, ?, ?)").params(code, soc.value(), ++seq).update();
    }
    String type = before == null ? "create"
        : c.status() == CredentialStatus.RETIRED && before.status() != CredentialStatus.RETIRED ? "retire" : "update";
    jdbc.sql("""
        insert into credential_change (code, change_type, changed_at, changed_by, reason, before_state, after_state)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(code, type, now, user, reason, before == null ? null : CatalogTsv.line(before), CatalogTsv.line(c))
        .update();
  }

  /** Replaces the stacking links of {@code c}. */
  public void saveStacks(Credential c) {
    String code = c.code().value();
    jdbc.sql("delete from credential_stack where from_code = ?").param(code).update();
    for (CredentialCode to : c.stacksTo()) {
      jdbc.sql("insert into credential_stack (from_code, to_code) values (?, ?)").params(code, to.value()).update();
    }
  }

  private Map<String, List<String>> multi(String sql) {
    Map<String, List<String>> m = new HashMap<>();
    jdbc.sql(sql).query((rs, i) -> m.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
    return m;
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\\|"));
  }
}
