package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class UsajobsReaderTest {

  private final List<PostingRecord> records;

  UsajobsReaderTest() throws Exception {
    records = Fixtures.read(new UsajobsReader(), "usajobs.json");
  }

  @Test
  void readsEachSearchResultItem() {
    assertThat(records).hasSize(3);
    Posting p = Fixtures.byId(records, "600001").posting();
    assertThat(p.title()).isEqualTo("Nursing Assistant");
    assertThat(p.employer()).isEqualTo("Veterans Health Administration");
    assertThat(p.state()).isEqualTo("TX");
    assertThat(p.area()).isEqualTo("Dallas, Texas");
    assertThat(p.postedOn()).hasToString("2021-03-01");
    assertThat(p.pay().basis()).isEqualTo("hourly");
    assertThat(p.pay().annualMax()).isEqualByComparingTo("47320");
    // OPM series 0621 is not a SOC code.
    assertThat(p.socCode()).isNull();
  }

  @Test
  void takesTextFromTheDetailsAndTheQualificationSummary() {
    Posting p = Fixtures.byId(records, "600001").posting();
    assertThat(p.sections()).extracting(Posting.Section::field)
        .containsExactly("job_summary", "major_duties", "requirements", "evaluations", "qualification_summary");
    assertThat(p.sections().get(0).text()).isEqualTo("Provide care to Veterans.");
    assertThat(p.sections().get(1).text()).isEqualTo("Take vital signs\nAssist patients");
  }

  @Test
  void aPostingInSeveralStatesHasNoStateAndUnpaidHasNoPay() {
    PostingRecord r = Fixtures.byId(records, "600002");
    assertThat(r.posting().state()).isNull();
    assertThat(r.posting().pay()).isNull();
    assertThat(r.notes()).extracting(n -> n.field()).containsExactly("pay");
  }

  @Test
  void rejectsAnItemWithoutText() {
    assertThat(records.get(2).accepted()).isFalse();
    assertThat(records.get(2).rejection().line()).isEqualTo(3);
    assertThat(records.get(2).rejection().field()).isEqualTo("text");
  }
}
