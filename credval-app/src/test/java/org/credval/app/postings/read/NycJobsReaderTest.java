package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class NycJobsReaderTest {

  private final List<PostingRecord> records;

  NycJobsReaderTest() throws Exception {
    records = Fixtures.read(new NycJobsReader(), "nyc-jobs.csv");
  }

  @Test
  void keepsInternalAndExternalPostingsApartByPostingType() {
    assertThat(records).hasSize(5);
    assertThat(records.stream().filter(PostingRecord::accepted).map(r -> r.posting().sourceId()))
        .containsExactly("90001-internal", "90001-external", "90002-external");
  }

  @Test
  void normalizesFieldsAndSplitsTextBySection() {
    Posting p = Fixtures.byId(records, "90001-internal").posting();
    assertThat(p.source()).isEqualTo("nyc-jobs");
    assertThat(p.employer()).isEqualTo("DEPT OF TEST AGENCY");
    assertThat(p.state()).isEqualTo("NY");
    assertThat(p.postedOn()).hasToString("2017-03-21");
    assertThat(p.pay().basis()).isEqualTo("hourly");
    assertThat(p.pay().annualMin()).isEqualByComparingTo("42640");
    assertThat(p.sections()).extracting(Posting.Section::field)
        .containsExactly("job_description", "minimum_qual_requirements", "preferred_skills");
    assertThat(p.sections().get(0).text()).isEqualTo("Drives city vehicles.\nKeeps logs.");
  }

  @Test
  void repairsMisEncodedText() {
    assertThat(Fixtures.byId(records, "90001-internal").posting().sections().get(1).text())
        .isEqualTo("A Class B Commercial Driver’s License is required.");
    assertThat(Fixtures.byId(records, "90002-external").posting().sections().get(0).text())
        .isEqualTo("Designs “water” mains.");
  }

  @Test
  void rejectsAbsurdPayAndPostingsWithoutTextWithTheirLine() {
    List<PostingRecord> rejected = records.stream().filter(r -> !r.accepted()).toList();
    assertThat(rejected).extracting(r -> r.rejection().field()).containsExactly("pay", "text");
    // The header is line 1 and the first two records span two lines each.
    assertThat(rejected.get(0).line()).isEqualTo(7);
    assertThat(rejected.get(0).rejection().reason()).contains("under $1,000 a year");
  }
}
