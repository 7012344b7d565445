package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.core.postings.Posting;
import org.credval.core.postings.Posting.StructuredCredential;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

  private final JsonLdReader reader = new JsonLdReader();

  @Test
  void readsOneJobPostingDocument() throws Exception {
    List<PostingRecord> records = Fixtures.read(reader, "jobposting.jsonld");
    Posting p = records.get(0).posting();
    assertThat(p.sourceId()).isEqualTo("ACME-77");
    assertThat(p.employer()).isEqualTo("Acme Fabrication");
    assertThat(p.state()).isEqualTo("OK");
    assertThat(p.area()).isEqualTo("Tulsa");
    assertThat(p.postedOn()).hasToString("2024-05-02");
    assertThat(p.pay().basis()).isEqualTo("hourly");
    assertThat(p.pay().annualMin()).isEqualByComparingTo("45760");
    assertThat(p.socCode().value()).isEqualTo("51-4121");
    assertThat(p.sections().get(0).text()).isEqualTo("Weld structural steel.\n\n• Read blueprints\n• Fit parts");
    assertThat(p.sections()).extracting(Posting.Section::field)
        .containsExactly("description", "responsibilities", "qualifications");
  }

  @Test
  void takesStructuredCredentialsAsGiven() throws Exception {
    Posting p = Fixtures.read(reader, "jobposting.jsonld").get(0).posting();
    assertThat(p.structuredCredentials()).containsExactlyInAnyOrder(
        new StructuredCredential("high school", "required"),
        new StructuredCredential("AWS Certified Welder", "required"),
        new StructuredCredential("OSHA 10", "preferred"),
        new StructuredCredential("Associate degree in welding technology", "alternative"));
  }

  @Test
  void takesTheLevelFromJdxRequirementProperties() throws Exception {
    Posting p = Fixtures.read(reader, "jobposting-jdx.jsonld").get(0).posting();
    assertThat(p.structuredCredentials()).containsExactlyInAnyOrder(
        new StructuredCredential("Class A CDL", "required"),
        new StructuredCredential("DOT Medical Card", "required"),
        new StructuredCredential("Hazmat Endorsement", "preferred"),
        new StructuredCredential("Class B CDL", "alternative"),
        new StructuredCredential("high school", "alternative"));
    // experience given as text is prose for the extractor, not a credential
    assertThat(p.sections()).extracting(Posting.Section::field).contains("required_experience");
  }

  @Test
  void readsAnArrayAndLeavesForeignStateAndPayEmpty() throws Exception {
    List<PostingRecord> records = Fixtures.read(reader, "jobpostings-array.jsonld");
    assertThat(records).hasSize(3);
    PostingRecord nurse = Fixtures.byId(records, "A-2");
    assertThat(nurse.posting().state()).isNull();
    assertThat(nurse.posting().pay()).isNull();
    assertThat(nurse.notes()).extracting(n -> n.field()).containsExactlyInAnyOrder("pay", "state");
    assertThat(records.get(2).rejection().field()).isEqualTo("text");
  }

  @Test
  void readsJsonLinesKeepingGoodLinesAroundABadOne() throws Exception {
    List<PostingRecord> records = Fixtures.read(reader, "jobpostings.jsonl");
    assertThat(records).hasSize(4);
    assertThat(records.get(0).posting().sourceId()).isEqualTo("L-1");
    assertThat(records.get(1).rejection().line()).isEqualTo(2);
    assertThat(records.get(2).rejection().field()).isEqualTo("pay");
    assertThat(records.get(2).rejection().reason()).contains("over $1,000 an hour");
    PostingRecord unknownState = records.get(3);
    assertThat(unknownState.posting().state()).isNull();
    assertThat(unknownState.notes()).singleElement().satisfies(n -> {
      assertThat(n.field()).isEqualTo("state");
      assertThat(n.rawValue()).isEqualTo("Atlantis");
    });
  }
}
