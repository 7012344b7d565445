package org.credval.app.catalog.credit;

import static org.credval.app.catalog.credit.CreditHistory.APPRENTICESHIP;
import static org.credval.app.catalog.credit.CreditHistory.ARTICULATION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.credval.app.catalog.CatalogEditException;
import org.credval.app.catalog.CatalogEditException.Kind;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes agreements by hand: adds, edits and retires articulation agreements and apprenticeship
 * credit, each with a required reason kept in {@code credit_change} with who, when and the entry
 * before and after. Edits name the version they were made from, so two analysts cannot overwrite
 * each other unnoticed. Nothing is deleted.
 */
@Service
public class CreditEditor {

  private final ArticulationAgreements articulations;
  private final ApprenticeshipCredits apprenticeships;
  private final CreditHistory history;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  CreditEditor(ArticulationAgreements articulations, ApprenticeshipCredits apprenticeships, CreditHistory history, JdbcClient jdbc,
      PlatformTransactionManager transactions) {
    this.articulations = articulations;
    this.apprenticeships = apprenticeships;
    this.history = history;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  /** Adds an agreement; returns its id. */
  public long add(Articulation a, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      requireCredential(a.credential());
      if (articulations.byKey(a.key()).isPresent()) {
        throw duplicate();
      }
      OffsetDateTime now = now();
      long id = articulations.insert(a, now, user, null);
      history.record(ARTICULATION, id, a.credential(), "create", now, user, why, null, CreditHistory.state(a, Stored.ACTIVE));
      return id;
    });
  }

  /** Replaces an agreement's fields; returns the new version. The credential cannot change. */
  public int update(long id, int version, Articulation a, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      Stored<Articulation> before = articulations.byId(id).orElseThrow(() -> notFound("agreement " + id));
      check(before.version(), version, before.entry().credential(), a.credential());
      if (before.entry().equals(a)) {
        throw nothingChanged();
      }
      if (articulations.byKey(a.key()).filter(o -> o.id() != id).isPresent()) {
        throw duplicate();
      }
      OffsetDateTime now = now();
      if (!articulations.update(id, version, a, now, user, null)) {
        throw changedMeanwhile();
      }
      history.record(ARTICULATION, id, a.credential(), "update", now, user, why,
          CreditHistory.state(before.entry(), before.status()), CreditHistory.state(a, before.status()));
      return version + 1;
    });
  }

  public int retireArticulation(long id, int version, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      Stored<Articulation> before = articulations.byId(id).orElseThrow(() -> notFound("agreement " + id));
      check(before, version);
      OffsetDateTime now = now();
      if (!articulations.retire(id, version, now, user)) {
        throw changedMeanwhile();
      }
      history.record(ARTICULATION, id, before.entry().credential(), "retire", now, user, why,
          CreditHistory.state(before.entry(), Stored.ACTIVE), CreditHistory.state(before.entry(), Stored.RETIRED));
      return version + 1;
    });
  }

  public long add(ApprenticeshipCredit c, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      requireCredential(c.credential());
      if (apprenticeships.byKey(c.key()).isPresent()) {
        throw duplicate();
      }
      OffsetDateTime now = now();
      long id = apprenticeships.insert(c, now, user, null);
      history.record(APPRENTICESHIP, id, c.credential(), "create", now, user, why, null, CreditHistory.state(c, Stored.ACTIVE));
      return id;
    });
  }

  public int update(long id, int version, ApprenticeshipCredit c, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      Stored<ApprenticeshipCredit> before = apprenticeships.byId(id).orElseThrow(() -> notFound("apprenticeship credit " + id));
      check(before.version(), version, before.entry().credential(), c.credential());
      if (before.entry().equals(c)) {
        throw nothingChanged();
      }
      if (apprenticeships.byKey(c.key()).filter(o -> o.id() != id).isPresent()) {
        throw duplicate();
      }
      OffsetDateTime now = now();
      if (!apprenticeships.update(id, version, c, now, user, null)) {
        throw changedMeanwhile();
      }
      history.record(APPRENTICESHIP, id, c.credential(), "update", now, user, why,
          CreditHistory.state(before.entry(), before.status()), CreditHistory.state(c, before.status()));
      return version + 1;
    });
  }

  public int retireApprenticeship(long id, int version, String user, String reason) {
    String why = reason(reason);
    return tx.execute(s -> {
      Stored<ApprenticeshipCredit> before = apprenticeships.byId(id).orElseThrow(() -> notFound("apprenticeship credit " + id));
      check(before, version);
      OffsetDateTime now = now();
      if (!apprenticeships.retire(id, version, now, user)) {
        throw changedMeanwhile();
      }
      history.record(APPRENTICESHIP, id, before.entry().credential(), "retire", now, user, why,
          CreditHistory.state(before.entry(), Stored.ACTIVE), CreditHistory.state(before.entry(), Stored.RETIRED));
      return version + 1;
    });
  }

  private void requireCredential(CredentialCode code) {
    if (jdbc.sql("select count(*) from credential where code = ?").param(code.value()).query(Integer.class).single() == 0) {
      throw notFound("credential " + code);
    }
  }

  private static void check(int storedVersion, int version, CredentialCode stored, CredentialCode given) {
    if (!stored.equals(given)) {
      throw new CatalogEditException(Kind.INVALID, "credential_code",
          "An agreement stays with its credential (" + stored + "); retire it and add one to " + given + " instead.");
    }
    if (storedVersion != version) {
      throw changedMeanwhile();
    }
  }

  private static void check(Stored<?> before, int version) {
    if (before.retired()) {
      throw new CatalogEditException(Kind.ALREADY_RETIRED, null, "This entry is already retired.");
    }
    if (before.version() != version) {
      throw changedMeanwhile();
    }
  }

  static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new CatalogEditException(Kind.INVALID, "reason", "Say why you are making this change; it is kept in the history.");
    }
    if (r.length() > 2000) {
      throw new CatalogEditException(Kind.INVALID, "reason", "Keep the reason under 2,000 characters.");
    }
    return r;
  }

  private static CatalogEditException notFound(String what) {
    return new CatalogEditException(Kind.NOT_FOUND, null, "There is no " + what + ".");
  }

  private static CatalogEditException duplicate() {
    return new CatalogEditException(Kind.DUPLICATE, null,
        "An entry for the same credential, institution or apprenticeship program, CIP code and start date already exists;"
            + " edit that one instead.");
  }

  private static CatalogEditException nothingChanged() {
    return new CatalogEditException(Kind.NOTHING_CHANGED, null, "Nothing was changed: the form holds the values already stored.");
  }

  private static CatalogEditException changedMeanwhile() {
    return new CatalogEditException(Kind.CHANGED_MEANWHILE, null,
        "Someone else changed this entry after you opened the form. Reload the page to see their change, then edit again.");
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
