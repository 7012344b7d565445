package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.imports.RowSink;
import org.junit.jupiter.api.Test;

class SocCodeCheckTest {

  private final SocCodeCheck check = new SocCodeCheck(Set.of("29-0000", "29-1000", "29-1140", "29-1141"));
  private final RowSink<Object> sink = new RowSink<>("f.csv", x -> x);

  @Test
  void acceptsKnownCodesInTheirPublishedForms() {
    assertThat(check.accept(sink, 2, "code", "29-1141")).hasToString("29-1141");
    assertThat(check.accept(sink, 3, "code", "291141")).hasToString("29-1141");
    assertThat(sink.rejections()).isEmpty();
    assertThat(sink.notes()).isEmpty();
  }

  @Test
  void acceptsAndNotesAnAggregateWithinAKnownMajorGroup() {
    assertThat(check.accept(sink, 2, "code", "29-1999")).hasToString("29-1999");
    assertThat(sink.summary()).isEqualTo("noted codes not in SOC 2018 kept as publisher's aggregates: 29-1999 (1 row)");
  }

  @Test
  void rejectsMalformedCodesAndCodesOfUnknownMajorGroups() {
    assertThat(check.accept(sink, 2, "code", "29-114")).isNull();
    assertThat(check.accept(sink, 3, "code", "98-1234")).isNull();
    assertThat(check.accept(sink, 4, "code", " ")).isNull();
    assertThat(sink.rejections()).extracting(Rejection::code)
        .containsExactly(ErrorCode.BAD_CODE, ErrorCode.UNKNOWN_CODE, ErrorCode.MISSING_VALUE);
  }

  @Test
  void acceptsEveryWellFormedCodeWhileNoSocFileIsLoaded() {
    assertThat(new SocCodeCheck(Set.of()).accept(sink, 2, "code", "98-1234")).hasToString("98-1234");
  }
}
