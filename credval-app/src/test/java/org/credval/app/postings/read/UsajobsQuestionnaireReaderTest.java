package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class UsajobsQuestionnaireReaderTest {

  @Test
  void readsGoodLinesAndRejectsAMalformedOneByLineNumber() throws Exception {
    List<PostingRecord> records = Fixtures.read(new UsajobsQuestionnaireReader(), "usajobs-questionnaires.jsonl");
    assertThat(records).hasSize(4);
    Posting p = Fixtures.byId(records, "usastaffing_1000001").posting();
    assertThat(p.title()).isEqualTo("Registered Nurse");
    assertThat(p.employer()).isEqualTo("Veterans Affairs, Veterans Health Administration");
    assertThat(p.postedOn()).hasToString("2025-07-22");
    assertThat(p.sections()).singleElement().extracting(Posting.Section::field).isEqualTo("questionnaire");
    assertThat(Fixtures.byId(records, "monster_2000002").posting().postedOn()).isNull();
    assertThat(records.get(1).rejection().line()).isEqualTo(2);
    assertThat(records.get(1).rejection().reason()).startsWith("malformed JSON");
    assertThat(records.get(3).rejection().field()).isEqualTo("text");
  }
}
