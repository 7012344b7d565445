package org.credval.core.catalog.ctdl;

import java.util.Optional;
import java.util.function.Function;
import org.credval.core.code.SocCode;

import org.credval.core.articulation.PostsecondaryCredit;
import org.credval.core.catalog.CatalogImport;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.code.CredentialCode;
import org.credval.core.json.JsonWriter;

/**
 * Exchanges the catalog with Credential Engine's registry as a CTDL JSON-LD document: an
 * {@code @graph} of credentials (typed {@code ceterms:Certification}, {@code License},
 * {@code Certificate}, {@code Badge} or {@code ApprenticeshipCertificate}) followed by the
 * {@code ceterms:CredentialOrganization} nodes that own them.
 *
 * <p>Facts CTDL has no term for (credval code, third-party, exam-based, accreditation, industry)
 * use the {@code credval:} prefix declared in the document's {@code @context}. Writing is
 * deterministic and reading what was written gives back an equal catalog.
 *
 * <p>Reading also follows {@code ceterms:isAdvancedStandingFor} conditions, which articulation
 * agreements use; their targets join the credential's stacking links after the
 * {@code isPreparationFor} targets.
 */
public final class CtdlCodec {

  private CtdlCodec() {}

  /** The catalog as a pretty-printed CTDL JSON-LD document, occupations named by code only. */
  public static String toJsonLd(CredentialCatalog catalog) {
    return toJsonLd(catalog, soc -> Optional.empty());
  }

  /**
   * The catalog as a pretty-printed CTDL JSON-LD document; {@code socTitles} names each occupation
   * ({@code ceterms:targetNodeName}), e.g. from the loaded SOC 2018 structure.
   */
  public static String toJsonLd(CredentialCatalog catalog, Function<SocCode, Optional<String>> socTitles) {
    return toJsonLd(catalog, socTitles, PostsecondaryCredit.NONE);
  }

  /**
   * The catalog with each credential's articulation agreements and apprenticeship credit as
   * {@code ceterms:isAdvancedStandingFor} condition profiles, the programs they count toward as
   * {@code ceterms:LearningProgram} nodes and the institutions as organizations.
   */
  public static String toJsonLd(CredentialCatalog catalog, Function<SocCode, Optional<String>> socTitles,
      PostsecondaryCredit credit) {
    return JsonWriter.pretty(CtdlWriter.document(catalog, socTitles, credit));
  }

  /**
   * Reads the articulation agreements and apprenticeship credit written by {@link
   * #toJsonLd(CredentialCatalog, Function, PostsecondaryCredit)} back from a CTDL document.
   *
   * @throws IllegalArgumentException naming the JSON path of the first profile that cannot be read
   */
  public static PostsecondaryCredit creditFromJsonLd(String json) {
    return new CtdlAdvancedStandingReader(org.credval.core.json.JsonParser.parse(json)).read();
  }

  /**
   * Reads a CTDL JSON-LD document. Problems carry the JSON path of the offending value in
   * {@code field} (line 0), or for a syntax error the line of the JSON text.
   */
  public static CatalogImport fromJsonLd(String json) {
    return new CtdlReader().read(json);
  }

  /** The credential's CTID: stable for a credval code, so re-publishing updates, not duplicates. */
  public static String ctid(CredentialCode code) {
    return CtdlTerms.ctid("urn:credval:credential:" + code.value());
  }

  /** The issuing organization's CTID, derived from its name. */
  public static String organizationCtid(String issuer) {
    return CtdlTerms.ctid("urn:credval:organization:" + issuer);
  }
}
