package org.credval.app.scoring;

import java.math.BigDecimal;
import org.credval.core.catalog.Credential;

/** The quality criteria read from the credential catalog itself. */
final class QualityFacts {

  private QualityFacts() {}

  static Fact thirdParty(Credential c) {
    return Fact.flag("third_party", c.thirdParty(), c.issuer(), source(c));
  }

  static Fact examBased(Credential c) {
    return Fact.flag("exam_based", c.examBased(), c.issuer(), source(c));
  }

  static Fact accreditation(Credential c) {
    boolean any = !c.accreditations().isEmpty();
    return Fact.flag("national_accreditation", any, any ? String.join(", ", c.accreditations())
        : "no accreditation listed in the catalog", source(c));
  }

  static Fact hours(Credential c) {
    if (c.hours() == null) {
      return Fact.none("preparation_hours", "the catalog states no hours of preparation for " + c.code().value());
    }
    return Fact.number("preparation_hours", BigDecimal.valueOf(c.hours()),
        c.issuer(), source(c));
  }

  static String source(Credential c) {
    return "credval catalog, " + c.code().value();
  }
}
