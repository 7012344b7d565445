package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.extract.Postings.posting;

import java.util.List;
import org.credval.core.code.CredentialCode;
import org.credval.core.json.JsonParser;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

  private static final MentionExtractor EXTRACTOR = new MentionExtractor(TestCatalog.CATALOG);

  @Test
  void offsetsPointAtTheMatchedTextOfItsSection() {
    Posting p = posting("CDL-A Driver", "summary", "Haul freight.", "requirements", "Must have:\n* Class A CDL\n");
    List<Mention> mentions = EXTRACTOR.extract(p);
    assertThat(mentions).extracting(Mention::field).containsExactly("title", "requirements");
    for (Mention m : mentions) {
      String text = m.field().equals("title") ? p.title() : p.sections().get(1).text();
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matchedText());
    }
  }

  @Test
  void writesOneJsonObjectPerMentionWithTheAgreedKeys() {
    Mention m = EXTRACTOR.extract(posting("Driver", "requirements", "CDL-A required")).get(0);
    String line = m.toJsonLine();
    assertThat(line).doesNotContain("\n").isEqualTo("{\"posting_id\":\"p-1\",\"credential_code\":\"STDMV001\","
        + "\"credential_name\":\"Commercial Driver's License – Class A (CDL-A)\",\"requirement\":\"required\","
        + "\"field\":\"requirements\",\"start\":0,\"end\":5,\"matched_text\":\"CDL-A\",\"cue\":\"required\"}");
    assertThat(JsonParser.parse(line)).isInstanceOf(java.util.Map.class);
  }

  @Test
  void takesStructuredCredentialsAsGiven() {
    List<Mention> mentions = EXTRACTOR.extract(Postings.structured("Class A CDL", "preferred"));
    assertThat(mentions).singleElement().satisfies(m -> {
      assertThat(m.code()).isEqualTo(new CredentialCode("STDMV001"));
      assertThat(m.requirement()).isEqualTo(Requirement.PREFERRED);
      assertThat(m.cue()).isEqualTo("structured:preferred");
      assertThat(m.field()).isEqualTo("structured");
    });
  }

  @Test
  void findsStructuredCredentialsNamedWithExtraWords() {
    assertThat(EXTRACTOR.extract(Postings.structured("Current BLS card (AHA)", "required")))
        .extracting(m -> m.code().value()).containsExactly("AMHRT001");
  }

  @Test
  void skipsStructuredCredentialsNotInTheCatalog() {
    assertThat(EXTRACTOR.extract(Postings.structured("Underwater Basket Weaving", "required"))).isEmpty();
  }

  @Test
  void rollsUpToTheStrongestLevelPerCredential() {
    Posting p = posting("Driver", "description", "CDL-A training provided.", "requirements",
        "CDL-A required. OSHA 10 preferred.");
    List<Mention> rolled = CredentialRollup.strongest(EXTRACTOR.extract(p));
    assertThat(rolled).extracting(m -> m.code().value() + ":" + m.requirement().key())
        .containsExactly("STDMV001:required", "OSHAX001:preferred");
  }

  @Test
  void ordersLevelsFromRequiredToNegated() {
    assertThat(Requirement.REQUIRED.strongerThan(Requirement.REQUIRED_LATER)).isTrue();
    assertThat(Requirement.REQUIRED_LATER.strongerThan(Requirement.ALTERNATIVE)).isTrue();
    assertThat(Requirement.ALTERNATIVE.strongerThan(Requirement.PREFERRED)).isTrue();
    assertThat(Requirement.PREFERRED.strongerThan(Requirement.MENTIONED)).isTrue();
    assertThat(Requirement.MENTIONED.strongerThan(Requirement.NEGATED)).isTrue();
    assertThat(Requirement.fromKey("required_later")).contains(Requirement.REQUIRED_LATER);
  }
}
