package org.credval.core.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class PostingLineTest {

  @Test
  void readsEveryFieldOfANormalizedPostingLine() {
    Posting p = PostingLine.parse("{\"source\":\"jsonld\",\"source_id\":\"T-1\",\"employer\":\"E\",\"title\":\"Driver\","
        + "\"state\":\"TX\",\"area\":\"Austin\",\"posted_on\":\"2026-05-01\",\"pay\":{\"min\":22,\"max\":26,\"basis\":\"hourly\","
        + "\"annual_min\":45760,\"annual_max\":54080},\"soc_code\":\"53-3032\",\"sections\":[{\"field\":\"qualifications\","
        + "\"text\":\"Class A CDL\"}],\"structured_credentials\":[{\"name\":\"OSHA 10\",\"requirement\":\"preferred\"}]}");
    assertThat(p.sourceId()).isEqualTo("T-1");
    assertThat(p.state()).isEqualTo("TX");
    assertThat(p.postedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(p.pay().annualMin()).isEqualByComparingTo(new BigDecimal("45760"));
    assertThat(p.pay().basis()).isEqualTo("hourly");
    assertThat(p.socCode()).isEqualTo(new SocCode("53-3032"));
    assertThat(p.sections()).containsExactly(new Posting.Section("qualifications", "Class A CDL"));
    assertThat(p.structuredCredentials()).containsExactly(new Posting.StructuredCredential("OSHA 10", "preferred"));
  }

  @Test
  void leavesAbsentValuesEmptyAndRefusesALineWithoutAnId() {
    Posting p = PostingLine.parse("{\"source\":\"x\",\"source_id\":\"1\",\"title\":\"T\",\"pay\":null,\"sections\":[]}");
    assertThat(p.pay()).isNull();
    assertThat(p.postedOn()).isNull();
    assertThat(p.structuredCredentials()).isEmpty();
    assertThatThrownBy(() -> PostingLine.parse("{\"source\":\"x\",\"title\":\"T\"}")).isInstanceOf(NullPointerException.class);
  }
}
