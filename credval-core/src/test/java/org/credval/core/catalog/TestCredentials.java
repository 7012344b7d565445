package org.credval.core.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;

/** Builds credentials for tests without spelling out all fifteen components each time. */
final class TestCredentials {

  private TestCredentials() {}

  static Credential credential(String code, String... stacksTo) {
    return new Credential(new CredentialCode(code), "Credential " + code, List.of(), "Issuer",
        CredentialType.CERTIFICATION, true, true, List.of(), List.of(new SocCode("15-1232")), null,
        null, Arrays.stream(stacksTo).map(CredentialCode::new).toList(), "it", null,
        CredentialStatus.ACTIVE);
  }

  static Credential full() {
    return new Credential(new CredentialCode("COMPT001"), "CompTIA A+",
        List.of("A+ Certification", "CompTIA A Plus"), "CompTIA", CredentialType.CERTIFICATION, true,
        true, List.of("ANSI", "ISO/IEC 17024"), List.of(new SocCode("15-1232")),
        new BigDecimal("253.00"), 120, List.of(new CredentialCode("COMPT002")), "it",
        "https://www.comptia.org/certifications", CredentialStatus.ACTIVE);
  }

  static Credential retired(String code) {
    Credential c = credential(code);
    return new Credential(c.code(), c.name(), c.aliases(), c.issuer(), c.type(), c.thirdParty(),
        c.examBased(), c.accreditations(), c.socCodes(), c.costUsd(), c.hours(), c.stacksTo(),
        c.industry(), c.url(), CredentialStatus.RETIRED);
  }
}
