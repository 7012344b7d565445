package org.credval.app.scoring;

import java.math.BigDecimal;
import org.credval.core.catalog.Credential;

/** The quality criteria read from the credential catalog itself. */
final class QualityFacts {

  private QualityFacts() {}

  static Fact thirdParty(Credential c) {
    return Fact.flag("third_party", c.thirdParty(), c.thirdParty()
        ? "awarded by " + c.issuer() + ", a body other than the training provider"
        : "awarded by the training provider (" + c.issuer() + "), not a third party", source(c));
  }

  static Fact examBased(Credential c) {
    return Fact.flag("exam_based", c.examBased(), c.examBased() ? "earned by passing an assessment"
        : "earned without an assessment", source(c));
  }

  static Fact accreditation(Credential c) {
    boolean any = !c.accreditations().isEmpty();
    return Fact.flag("national_accreditation", any, any ? "accredited by " + String.join(", ", c.accreditations())
        : "the catalog lists no accreditation of the credential", source(c));
  }

  static Fact hours(Credential c) {
    if (c.hours() == null) {
      return Fact.none("preparation_hours", "the catalog states no hours of preparation for " + c.code().value());
    }
    return Fact.number("preparation_hours", BigDecimal.valueOf(c.hours()),
        Money.count(c.hours()) + " hours of preparation", source(c));
  }

  static String source(Credential c) {
    return "credval catalog, " + c.code().value();
  }
}
