package org.credval.core.extract;

import java.util.Arrays;
import java.util.List;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.catalog.CredentialType;
import org.credval.core.code.CredentialCode;

/** A small hand-made catalog with the names the extraction rules are about. */
final class TestCatalog {

  static final CredentialCatalog CATALOG = CredentialCatalog.of(List.of(
      credential("STHHS001", "Certified Nurse Aide (CNA)", "healthcare",
          "CNA", "C.N.A.", "Certified Nursing Assistant", "CNA Certification"),
      credential("SBNUR002", "Registered Nurse (RN) License", "healthcare", "RN", "R.N.", "Registered Nurse"),
      credential("SBNUR001", "Licensed Practical Nurse (LPN) License", "healthcare", "LPN", "Licensed Practical Nurse"),
      credential("STDMV001", "Commercial Driver's License – Class A (CDL-A)", "transportation",
          "CDL-A", "CDL A", "Class A CDL", "CDL Class A"),
      credential("STDMV002", "Commercial Driver's License – Class B (CDL-B)", "transportation", "CDL-B", "Class B CDL"),
      credential("OSHAX001", "OSHA 10-Hour Construction", "construction", "OSHA 10", "OSHA-10"),
      credential("COMPT001", "CompTIA A+", "it", "A+ Certification", "A+ Certified"),
      credential("COMPT003", "CompTIA Security+", "it", "Security+", "Sec+"),
      credential("AMHRT001", "BLS Provider (American Heart Association)", "healthcare", "BLS", "Basic Life Support"),
      credential("AMHRT002", "Advanced Cardiovascular Life Support (ACLS) Provider", "healthcare", "ACLS"),
      credential("AWELD001", "AWS Certified Welder (CW)", "manufacturing", "AWS Certified Welder", "AWS CW"),
      credential("AMAZN001", "AWS Certified Cloud Practitioner", "it", "AWS Cloud Practitioner"),
      credential("AAMA0001", "Certified Medical Assistant (CMA-AAMA)", "healthcare", "CMA", "Certified Medical Assistant"),
      credential("IMACM001", "Certified Management Accountant (CMA-IMA)", "business",
          "CMA (IMA)", "Certified Management Accountant"),
      credential("STENG001", "Professional Engineer (PE) License", "construction",
          "PE", "P.E.", "PE License", "Professional Engineer License"),
      credential("PMINT002", "Project Management Professional (PMP)", "business", "PMP"),
      retired(credential("RETRD001", "Retired Credential Example", "it", "RCE"))));

  private TestCatalog() {}

  static Credential byCode(String code) {
    return CATALOG.byCode(new CredentialCode(code)).orElseThrow();
  }

  private static Credential credential(String code, String name, String industry, String... aliases) {
    return new Credential(new CredentialCode(code), name, Arrays.asList(aliases), "Issuer",
        CredentialType.CERTIFICATION, true, true, List.of(), List.of(), null, null, List.of(), industry,
        null, CredentialStatus.ACTIVE);
  }

  private static Credential retired(Credential c) {
    return new Credential(c.code(), c.name(), c.aliases(), c.issuer(), c.type(), c.thirdParty(),
        c.examBased(), c.accreditations(), c.socCodes(), c.costUsd(), c.hours(), c.stacksTo(),
        c.industry(), c.url(), CredentialStatus.RETIRED);
  }
}
