package org.credval.app.catalog.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.credval.app.catalog.credit.ApprenticeshipCredits;
import org.credval.app.catalog.credit.ArticulationAgreements;
import org.credval.app.catalog.credit.PostsecondaryCurrencies;
import org.credval.app.catalog.credit.Stored;
import org.credval.core.articulation.ApprenticeshipCredit;
import org.credval.core.articulation.Articulation;
import org.credval.core.code.CredentialCode;
import org.springframework.stereotype.Component;

/** Read side of the "Postsecondary credit" section and its API. */
@Component
class CreditPages {

  private final ArticulationAgreements articulations;
  private final ApprenticeshipCredits apprenticeships;
  private final PostsecondaryCurrencies currencies;

  CreditPages(ArticulationAgreements articulations, ApprenticeshipCredits apprenticeships, PostsecondaryCurrencies currencies) {
    this.articulations = articulations;
    this.apprenticeships = apprenticeships;
    this.currencies = currencies;
  }

  CreditView of(CredentialDetail c) {
    CredentialCode code = new CredentialCode(c.code());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new CreditView(c.code(),
        articulations.of(code).stream().map(s -> agreement(s, today)).toList(),
        apprenticeships.of(code).stream().map(s -> apprenticeship(s, today)).toList(),
        c.stacksInto(), c.stackedFrom(), currencies.of(code, today));
  }

  Optional<Stored<Articulation>> articulation(CredentialCode code, long id) {
    return articulations.byId(id).filter(s -> s.entry().credential().equals(code));
  }

  Optional<Stored<ApprenticeshipCredit>> apprenticeship(CredentialCode code, long id) {
    return apprenticeships.byId(id).filter(s -> s.entry().credential().equals(code));
  }

  static CreditView.AgreementView agreement(Stored<Articulation> s, LocalDate today) {
    Articulation a = s.entry();
    return new CreditView.AgreementView(s.id(), s.status(), s.version(), a.institution(), a.ipedsUnitId(),
        a.cip().value(), a.programTitle(), a.creditHours(), a.creditUnit().key(), a.creditUnit().label(),
        a.effectiveFrom(), a.effectiveTo(), a.source(), a.notes(), !s.retired() && a.inEffectOn(today));
  }

  static CreditView.ApprenticeshipView apprenticeship(Stored<ApprenticeshipCredit> s, LocalDate today) {
    ApprenticeshipCredit a = s.entry();
    return new CreditView.ApprenticeshipView(s.id(), s.status(), s.version(), a.occupation(), a.rapidsCode(), a.hours(),
        a.effectiveFrom(), a.effectiveTo(), a.source(), a.notes(), !s.retired() && a.inEffectOn(today));
  }
}
