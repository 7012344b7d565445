package org.credval.app.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credval.app.catalog.credit.PostsecondaryCurrencies;
import org.credval.core.articulation.PostsecondaryCurrency;
import org.credval.core.catalog.Credential;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The postsecondary criteria: college credit by articulation agreement, apprenticeship hours
 * credited, and the stacks the catalog records, as in effect on the last day of the period. They
 * count as loaded once any active agreement or apprenticeship credit is stored; a credential without
 * one then has zero, said so.
 */
@Component
class PostsecondaryFacts {

  private final PostsecondaryCurrencies currencies;
  private final JdbcClient jdbc;

  PostsecondaryFacts(PostsecondaryCurrencies currencies, JdbcClient jdbc) {
    this.currencies = currencies;
    this.jdbc = jdbc;
  }

  /** What is in effect on {@code asOf}, read once per run. */
  record Credit(boolean loaded, LocalDate asOf, Map<CredentialCode, PostsecondaryCurrency> byCode) {

    private PostsecondaryCurrency of(Credential c) {
      return byCode.get(c.code());
    }

    Fact creditHours(Credential c) {
      if (!loaded) {
        return Fact.none("credit_hours", "no articulation agreements are loaded");
      }
      PostsecondaryCurrency p = of(c);
      if (p == null || p.agreements() == 0) {
        return Fact.number("credit_hours", BigDecimal.ZERO, "no agreement for it in effect on " + asOf, source());
      }
      return Fact.number("credit_hours", p.maxCreditHours(), "the largest of " + p.agreements() + " agreement(s) at "
          + p.institutions() + " institution(s) in effect on " + asOf + ", in semester hours", source());
    }

    Fact apprenticeshipHours(Credential c) {
      if (!loaded) {
        return Fact.none("apprenticeship_hours", "no apprenticeship hour credit is loaded");
      }
      PostsecondaryCurrency p = of(c);
      if (p == null || p.apprenticeshipPrograms() == 0) {
        return Fact.number("apprenticeship_hours", BigDecimal.ZERO, "no apprenticeship program credits it on " + asOf,
            source());
      }
      return Fact.number("apprenticeship_hours", BigDecimal.valueOf(p.maxApprenticeshipHours()),
          "the most of " + p.apprenticeshipPrograms() + " apprenticeship program(s) on " + asOf, source());
    }

    Fact stacks(Credential c) {
      int n = c.stacksTo().size();
      return Fact.number("stacks", BigDecimal.valueOf(n), n == 0 ? "no credential it stacks toward listed in the catalog"
          : String.join(", ", c.stacksTo().stream().map(CredentialCode::value).toList()), QualityFacts.source(c));
    }

    private String source() {
      return "credval articulation agreements and apprenticeship credit";
    }
  }

  Credit load(int year) {
    LocalDate asOf = LocalDate.of(year, 12, 31);
    int active = jdbc.sql("select (select count(*) from articulation where status = 'active')"
        + " + (select count(*) from apprenticeship_credit where status = 'active')").query(Integer.class).single();
    if (active == 0) {
      return new Credit(false, asOf, Map.of());
    }
    List<PostsecondaryCurrency> all = currencies.all(asOf);
    return new Credit(true, asOf, all.stream().collect(Collectors.toMap(PostsecondaryCurrency::credential, Function.identity())));
  }
}
