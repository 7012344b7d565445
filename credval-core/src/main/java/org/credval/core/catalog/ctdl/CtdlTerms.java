package org.credval.core.catalog.ctdl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.credval.core.catalog.CredentialStatus;
import org.credval.core.catalog.CredentialType;

/** CTDL vocabulary used by the codec, and how credval's fields map onto it, kept in one place. */
final class CtdlTerms {

  static final String CONTEXT = "https://credreg.net/ctdl/schema/context/json";
  /**
   * credval's own terms for facts CTDL has no property for. A URN, not an https address, because
   * the terms are not published anywhere that could be dereferenced.
   */
  static final String CREDVAL_NAMESPACE = "urn:credval:terms:";
  /** The IRI the Credential Registry gives a resource with this CTID once it is published. */
  static final String RESOURCE_BASE = "https://credentialengineregistry.org/resources/";
  static final String SOC_FRAMEWORK = "https://www.bls.gov/soc/2018/";
  static final String SOC_FRAMEWORK_NAME = "Standard Occupational Classification (SOC) 2018";
  static final String LIFE_CYCLE_FRAMEWORK = "https://credreg.net/ctdl/terms/LifeCycleStatus";
  static final String ORGANIZATION = "ceterms:CredentialOrganization";
  static final String LANGUAGE = "en-US";

  /** The RFC 4122 URL namespace, used for name-based (version 3) CTIDs. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  private static final Map<CredentialType, String> TYPES = Map.of(
      CredentialType.CERTIFICATION, "ceterms:Certification",
      CredentialType.LICENSE, "ceterms:License",
      CredentialType.CERTIFICATE, "ceterms:Certificate",
      CredentialType.BADGE, "ceterms:Badge",
      CredentialType.APPRENTICESHIP_CERTIFICATE, "ceterms:ApprenticeshipCertificate");

  /** Where each TSV column lives in a credential node, for pointing problems at the right value. */
  static final Map<String, String> PROPERTY_OF_COLUMN = Map.ofEntries(
      Map.entry("code", "credval:code"), Map.entry("name", "ceterms:name"),
      Map.entry("aliases", "ceterms:alternateName"), Map.entry("issuer", "ceterms:ownedBy"),
      Map.entry("type", "@type"), Map.entry("third_party", "credval:thirdParty"),
      Map.entry("exam_based", "credval:examBased"), Map.entry("accreditation", "credval:accreditation"),
      Map.entry("soc_codes", "ceterms:occupationType"), Map.entry("cost_usd", "ceterms:estimatedCost"),
      Map.entry("hours", "ceterms:estimatedDuration"), Map.entry("stacks_to", "ceterms:isPreparationFor"),
      Map.entry("industry", "credval:industry"), Map.entry("url", "ceterms:subjectWebpage"),
      Map.entry("status", "ceterms:lifeCycleStatusType"));

  private CtdlTerms() {}

  static String typeOf(CredentialType type) {
    return TYPES.get(type);
  }

  static Optional<CredentialType> credentialType(String ctdlType) {
    return TYPES.entrySet().stream().filter(e -> e.getValue().equals(ctdlType)).map(Map.Entry::getKey).findFirst();
  }

  static String lifeCycleNode(CredentialStatus status) {
    return status == CredentialStatus.ACTIVE ? "lifeCycle:Active" : "lifeCycle:Ceased";
  }

  static String lifeCycleName(CredentialStatus status) {
    return status == CredentialStatus.ACTIVE ? "Active" : "Ceased";
  }

  static Optional<CredentialStatus> status(String lifeCycleNode) {
    return switch (lifeCycleNode) {
      case "lifeCycle:Active" -> Optional.of(CredentialStatus.ACTIVE);
      case "lifeCycle:Ceased" -> Optional.of(CredentialStatus.RETIRED);
      default -> Optional.empty();
    };
  }

  /** {@code ce-} followed by a version 3 UUID of {@code name} in the RFC 4122 URL namespace. */
  static String ctid(String name) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(16 + nameBytes.length);
    buffer.putLong(URL_NAMESPACE.getMostSignificantBits());
    buffer.putLong(URL_NAMESPACE.getLeastSignificantBits());
    buffer.put(nameBytes);
    // nameUUIDFromBytes is MD5 with the version 3 and RFC 4122 variant bits set.
    return "ce-" + UUID.nameUUIDFromBytes(buffer.array());
  }
}
