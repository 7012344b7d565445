package org.credval.app.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.credval.app.catalog.CatalogEditException.Kind;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the catalog by hand: edits a credential's fields or retires it, and records in {@code
 * credential_change} who did it, when, why, and the credential before and after. Credentials are
 * never deleted. Each change names the version it was made from, so that two analysts editing at
 * once cannot overwrite each other unnoticed.
 */
@Service
public class CredentialEditor {

  static final String RETIRED = "retired";

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  CredentialEditor(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Stores new field values. Returns the new version.
   *
   * @param expectedVersion the version the analyst saw when opening the form
   * @throws CatalogEditException when the code is unknown, the credential changed meanwhile,
   *     nothing changed, or the reason is missing
   */
  public int update(CredentialCode code, int expectedVersion, CredentialEdit edit, String user, String reason) {
    String why = reason(reason);
    return tx.execute(status -> {
      CatalogRow before = snapshot(code, expectedVersion);
      int changed = jdbc.sql("""
          update credential set name = ?, issuer = ?, credential_type = ?, third_party = ?, exam_based = ?,
            accreditation = ?, industry = ?, url = ?, cost_usd = ?, hours = ?,
            version = version + 1, updated_at = ?, updated_by = ?
          where code = ? and version = ?""")
          .params(edit.name(), edit.issuer(), edit.type(), edit.thirdParty(), edit.examBased(), edit.accreditation(),
              edit.industry(), edit.url(), edit.costUsd(), edit.hours(), now(), user, code.value(), expectedVersion)
          .update();
      if (changed != 1) {
        throw changedMeanwhile(code);
      }
      jdbc.sql("delete from credential_alias where code = ?").param(code.value()).update();
      int seq = 0;
      for (String alias : edit.aliases()) {
        jdbc.sql("insert into credential_alias (code, alias, seq) values (?, ?, ?)").params(code.value(), alias, ++seq).update();
      }
      CatalogRow after = snapshot(code, expectedVersion + 1);
      if (after.changesFrom(before).isEmpty()) {
        status.setRollbackOnly();
        throw new CatalogEditException(Kind.NOTHING_CHANGED, null,
            "Nothing was changed: the form holds the values already stored.");
      }
      record(code, "update", user, why, before, after);
      return expectedVersion + 1;
    });
  }

  /**
   * Marks the credential retired: it stays in the catalog, with its history, but is no longer
   * offered. Returns the new version.
   */
  public int retire(CredentialCode code, int expectedVersion, String user, String reason) {
    String why = reason(reason);
    return tx.execute(status -> {
      CatalogRow before = snapshot(code, expectedVersion);
      if (RETIRED.equalsIgnoreCase(before.get("status"))) {
        throw new CatalogEditException(Kind.ALREADY_RETIRED, null, code + " is already retired.");
      }
      int changed = jdbc.sql("""
          update credential set status = ?, version = version + 1, updated_at = ?, updated_by = ?
          where code = ? and version = ?""").params(RETIRED, now(), user, code.value(), expectedVersion).update();
      if (changed != 1) {
        throw changedMeanwhile(code);
      }
      record(code, "retire", user, why, before, snapshot(code, expectedVersion + 1));
      return expectedVersion + 1;
    });
  }

  private void record(CredentialCode code, String type, String user, String reason, CatalogRow before, CatalogRow after) {
    jdbc.sql("""
        insert into credential_change (code, change_type, changed_at, changed_by, reason, before_state, after_state)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(code.value(), type, now(), user, reason, before.toTsv(), after.toTsv()).update();
  }

  /** The credential as a catalog row, checking that it exists and is at the expected version. */
  private CatalogRow snapshot(CredentialCode code, int expectedVersion) {
    String c = code.value();
    List<Object> row = jdbc.sql("""
        select name, issuer, credential_type, third_party, exam_based, accreditation, cost_usd, hours,
          industry, url, status, version from credential where code = ?""").param(c)
        .query((rs, i) -> {
          List<Object> v = new ArrayList<>();
          for (int k = 1; k <= 12; k++) {
            v.add(rs.getObject(k));
          }
          return v;
        }).optional()
        .orElseThrow(() -> new CatalogEditException(Kind.NOT_FOUND, null, "There is no credential " + c + "."));
    if (((Number) row.get(11)).intValue() != expectedVersion) {
      throw changedMeanwhile(code);
    }
    String aliases = String.join("|", jdbc.sql("select alias from credential_alias where code = ? order by seq, alias")
        .param(c).query(String.class).list());
    String socs = String.join("|", jdbc.sql("select soc_code from credential_soc where code = ? order by seq, soc_code")
        .param(c).query(String.class).list());
    String stacks = String.join("|", jdbc.sql("select to_code from credential_stack where from_code = ? order by to_code")
        .param(c).query(String.class).list());
    return new CatalogRow(List.of(c, text(row.get(0)), aliases, text(row.get(1)), text(row.get(2)), text(row.get(3)),
        text(row.get(4)), text(row.get(5)), socs, money(row.get(6)), text(row.get(7)), stacks, text(row.get(8)),
        text(row.get(9)), text(row.get(10))));
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString();
  }

  private static String money(Object v) {
    return v == null ? "" : ((BigDecimal) v).stripTrailingZeros().toPlainString();
  }

  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new CatalogEditException("reason", "Say why you are making this change; it is kept in the history.");
    }
    if (r.length() > 2000) {
      throw new CatalogEditException("reason", "Keep the reason under 2,000 characters.");
    }
    return r;
  }

  private static CatalogEditException changedMeanwhile(CredentialCode code) {
    return new CatalogEditException(Kind.CHANGED_MEANWHILE, null,
        "Someone else changed " + code + " after you opened the form. Reload the page to see their change, then edit again.");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
