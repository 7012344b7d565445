package org.credval.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.credval.core.SharedData;
import org.credval.core.SocDefinitionsFile;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class StarterCatalogTest {

  private static final List<String> SECTORS = List.of("healthcare", "it", "manufacturing",
      "construction", "transportation", "hospitality", "public_safety", "agriculture", "business",
      "energy", "automotive", "cosmetology", "education");

  private final CredentialCatalog starter = CredentialCatalog.starter();

  private static String resourceText() throws IOException {
    try (InputStream in = CredentialCatalog.class.getResourceAsStream(CredentialCatalog.STARTER_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void loadsWithoutProblems() throws IOException {
    assertThat(CatalogTsv.read(resourceText()).problems()).isEmpty();
  }

  @Test
  void holdsAtLeastThreeHundredCredentialsWithUniqueEightCharacterCodes() {
    assertThat(starter.size()).isGreaterThanOrEqualTo(300);
    Pattern form = Pattern.compile("[A-Z]{4,5}\\d{3,4}");
    assertThat(starter.all()).allSatisfy(c -> {
      assertThat(c.code().value()).hasSize(8).matches(form);
    });
    assertThat(starter.all().stream().map(Credential::code).distinct().count()).isEqualTo(starter.size());
  }

  @Test
  void coversEverySectorStatesAskAbout() {
    assertThat(starter.industries()).containsAll(SECTORS);
    assertThat(SECTORS).allSatisfy(s -> assertThat(starter.inIndustry(s)).as(s).hasSizeGreaterThanOrEqualTo(5));
  }

  @Test
  void everyStackingLinkResolvesAndStackingNeverLoops() {
    assertThat(CatalogRules.check(starter.all())).isEmpty();
    assertThat(starter.all()).allSatisfy(c -> assertThat(c.stacksTo())
        .allSatisfy(t -> assertThat(starter.byCode(t)).as(c.code() + " -> " + t).isPresent()));
  }

  @Test
  void keepsTheWellKnownLaddersStates() {
    assertThat(stacks("OSHAX001")).contains("OSHAX002");
    assertThat(stacks("COMPT001")).contains("COMPT002");
    assertThat(stacks("COMPT002")).contains("COMPT003");
    assertThat(stacks("STHHS001")).contains("SBNUR001");
    assertThat(stacks("SBNUR001")).contains("SBNUR002");
    assertThat(stacks("NREMT002")).contains("NREMT003");
    assertThat(stacks("NREMT003")).contains("NREMT004");
    assertThat(stacks("SRVSF001")).contains("SRVSF002");
    assertThat(starter.stacksFrom(new CredentialCode("NCCER004"))).extracting(c -> c.code().value())
        .contains("NCCER001");
  }

  @Test
  void keepsTheTwoAwsIssuersApart() {
    assertThat(starter.all()).extracting(Credential::issuer)
        .contains("Amazon Web Services (AWS)", "American Welding Society (AWS)");
    assertThat(starter.findByName("AWS Certified Welder")).extracting(Credential::industry).containsExactly("manufacturing");
    assertThat(starter.findByName("AWS Cloud Practitioner")).extracting(Credential::industry).containsExactly("it");
  }

  @Test
  void givesEveryNameAndAliasToExactlyOneCredential() {
    Map<String, String> owner = new HashMap<>();
    for (Credential c : starter.all()) {
      for (String n : c.names()) {
        String previous = owner.putIfAbsent(CredentialCatalog.normalize(n), c.code().value());
        assertThat(previous == null || previous.equals(c.code().value()))
            .as("'%s' names both %s and %s", n, previous, c.code()).isTrue();
      }
    }
  }

  @Test
  void findsCredentialsUnderTheNamesPostingsUse() {
    assertThat(code("Class A CDL")).isEqualTo("STDMV001");
    assertThat(code("C.N.A.")).isEqualTo("STHHS001");
    assertThat(code("STNA")).isEqualTo("STHHS001");
    assertThat(code("osha 10")).isEqualTo("OSHAX001");
    assertThat(code("Security+")).isEqualTo("COMPT003");
    assertThat(code("EPA 608 Universal")).isEqualTo("USEPA004");
    assertThat(code("ServSafe Food Protection Manager")).isEqualTo("SRVSF002");
    assertThat(code("Forklift Certification")).isEqualTo("OSHAX006");
  }

  @Test
  void keepsRetiredCredentialsThatPostingsStillName() {
    assertThat(starter.findByName("CCENT")).extracting(Credential::status).containsExactly(CredentialStatus.RETIRED);
    assertThat(starter.findByName("MCSA")).extracting(Credential::status).containsExactly(CredentialStatus.RETIRED);
  }

  @Test
  void writesBackByteForByteIdenticalToTheBundledFile() throws IOException {
    assertThat(CatalogTsv.write(starter)).isEqualTo(resourceText());
  }

  @Test
  void usesOnlySocCodesFromTheBlsDefinitionsInSharedData() throws IOException {
    Optional<Path> file = SharedData.file(SocDefinitionsFile.RELATIVE);
    Assumptions.assumeTrue(file.isPresent(), SharedData.missing(SocDefinitionsFile.RELATIVE));
    Map<SocCode, String> detailed = SocDefinitionsFile.detailedOccupations(file.get());
    Map<String, List<String>> unknown = starter.all().stream()
        .filter(c -> !detailed.keySet().containsAll(c.socCodes()))
        .collect(Collectors.toMap(c -> c.code().value(), c -> c.socCodes().stream()
            .filter(s -> !detailed.containsKey(s)).map(SocCode::value).toList()));
    assertThat(unknown).as("credentials with SOC codes not in %s", file.get()).isEmpty();
  }

  private List<String> stacks(String code) {
    return starter.byCode(new CredentialCode(code)).orElseThrow().stacksTo().stream()
        .map(CredentialCode::value).toList();
  }

  private String code(String name) {
    List<Credential> hits = starter.findByName(name);
    assertThat(hits).as(name).hasSize(1);
    return hits.get(0).code().value();
  }
}
