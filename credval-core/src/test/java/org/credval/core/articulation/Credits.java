package org.credval.core.articulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;

/** Fictional agreements for tests: the institutions and programs are made up. */
public final class Credits {

  private Credits() {}

  public static Articulation articulation(String code, String institution, String ipeds, String hours, CreditUnit unit) {
    return new Articulation(new CredentialCode(code), institution, ipeds, new CipCode("47.0201"),
        "Heating and Air Conditioning Technology", new BigDecimal(hours), unit, LocalDate.of(2025, 7, 1),
        LocalDate.of(2028, 6, 30), "https://example.edu/agreements/hvac", "Fictional example");
  }

  public static ApprenticeshipCredit apprenticeship(String code, String occupation, String rapids, int hours) {
    return new ApprenticeshipCredit(new CredentialCode(code), occupation, rapids, hours, null, null, null, null);
  }
}
