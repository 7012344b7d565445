package org.credval.app.catalog.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;
import org.credval.core.articulation.PostsecondaryCurrency;
import org.credval.core.code.CredentialCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read side scoring uses for a "postsecondary currency" criterion: per credential, the active
 * agreements and apprenticeship credit in effect on a day, summarised by {@link
 * PostsecondaryCurrency#of} (credit hours in semester hours, institutions, apprenticeship hours,
 * stacks both ways). Retired entries never count.
 */
@Service
public class PostsecondaryCurrencies {

  private final ArticulationAgreements articulations;
  private final ApprenticeshipCredits apprenticeships;
  private final JdbcClient jdbc;

  PostsecondaryCurrencies(ArticulationAgreements articulations, ApprenticeshipCredits apprenticeships, JdbcClient jdbc) {
    this.articulations = articulations;
    this.apprenticeships = apprenticeships;
    this.jdbc = jdbc;
  }

  /** One credential's figures on {@code asOf}. */
  public PostsecondaryCurrency of(CredentialCode code, LocalDate asOf) {
    List<Articulation> a = articulations.of(code).stream().filter(s -> !s.retired()).map(Stored::entry).toList();
    List<ApprenticeshipCredit> c = apprenticeships.of(code).stream().filter(s -> !s.retired()).map(Stored::entry).toList();
    int into = jdbc.sql("select count(*) from credential_stack where from_code = ?").param(code.value()).query(Integer.class).single();
    int from = jdbc.sql("select count(*) from credential_stack where to_code = ?").param(code.value()).query(Integer.class).single();
    return PostsecondaryCurrency.of(code, asOf, a, c, into, from);
  }

  /** Every credential's figures on {@code asOf}, in code order, with four queries whatever the catalog's size. */
  public List<PostsecondaryCurrency> all(LocalDate asOf) {
    Map<CredentialCode, List<Articulation>> a = new HashMap<>();
    articulations.active().forEach(x -> a.computeIfAbsent(x.credential(), k -> new ArrayList<>()).add(x));
    Map<CredentialCode, List<ApprenticeshipCredit>> c = new HashMap<>();
    apprenticeships.active().forEach(x -> c.computeIfAbsent(x.credential(), k -> new ArrayList<>()).add(x));
    Map<String, Integer> into = counts("select from_code, count(*) from credential_stack group by from_code");
    Map<String, Integer> from = counts("select to_code, count(*) from credential_stack group by to_code");
    return jdbc.sql("select code from credential order by code").query(String.class).list().stream()
        .map(CredentialCode::new)
        .map(code -> PostsecondaryCurrency.of(code, asOf, a.getOrDefault(code, List.of()), c.getOrDefault(code, List.of()),
            into.getOrDefault(code.value(), 0), from.getOrDefault(code.value(), 0)))
        .toList();
  }

  private Map<String, Integer> counts(String sql) {
    Map<String, Integer> m = new HashMap<>();
    jdbc.sql(sql).query((rs, i) -> m.put(rs.getString(1), rs.getInt(2))).list();
    return m;
  }
}
