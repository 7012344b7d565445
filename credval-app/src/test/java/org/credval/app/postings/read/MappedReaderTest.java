package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;

class MappedReaderTest {

  private static MappedReader reader(String mapping) throws Exception {
    return new MappedReader(ColumnMapping.load(Fixtures.path(mapping)));
  }

  @Test
  void readsACsvExportThroughItsMapping() throws Exception {
    List<PostingRecord> records = Fixtures.read(reader("board.properties"), "board.csv");
    assertThat(records).hasSize(4);
    Posting p = Fixtures.byId(records, "R1").posting();
    assertThat(p.source()).isEqualTo("board");
    assertThat(p.title()).isEqualTo("Forklift Operator");
    assertThat(p.employer()).isEqualTo("Acme");
    assertThat(p.state()).isEqualTo("TX");
    assertThat(p.postedOn()).hasToString("2025-01-15");
    assertThat(p.pay().annualMin()).isEqualByComparingTo("37440");
    assertThat(p.sections()).containsExactly(new Posting.Section("body", "Forklift certification required."));
    assertThat(Fixtures.byId(records, "R2").posting().sections()).extracting(Posting.Section::field).containsExactly("body", "extra");
    assertThat(records.get(2).rejection().field()).isEqualTo("text");
    assertThat(records.get(3).rejection().field()).isEqualTo("pay");
  }

  @Test
  void aMappingNamingAMissingColumnStopsTheFileNamingTheColumn() {
    assertThatThrownBy(() -> Fixtures.read(reader("board-missing-column.properties"), "board.csv"))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("'description'")
        .hasMessageContaining("board.csv");
  }

  @Test
  void readsJsonLinesWithNestedFieldsAndFreeTextPay() throws Exception {
    List<PostingRecord> records = Fixtures.read(reader("board-jsonl.properties"), "board.jsonl");
    Posting rn = Fixtures.byId(records, "J1").posting();
    assertThat(rn.state()).isEqualTo("TN");
    assertThat(rn.pay().basis()).isEqualTo("hourly");
    assertThat(rn.pay().annualMax()).isEqualByComparingTo("93600");
    assertThat(rn.sections().get(0).text()).isEqualTo("Active RN license required.");
    PostingRecord analyst = Fixtures.byId(records, "J2");
    assertThat(analyst.posting().state()).isNull();
    assertThat(analyst.posting().pay().annualMin()).isEqualByComparingTo("174000");
    assertThat(analyst.notes()).extracting(n -> n.field()).containsExactly("state");
  }

  @Test
  void aJsonLinesMappingNamingAFieldNoRecordHasIsRefused() throws Exception {
    ColumnMapping bad = ColumnMapping.parse("bad", new java.io.ByteArrayInputStream(
        "source=x\nsource_id=uid\ntext=details.missing\n".getBytes()));
    assertThatThrownBy(() -> Fixtures.read(new MappedReader(bad), "board.jsonl"))
        .isInstanceOf(ImportFileException.class).hasMessageContaining("'details.missing'");
  }

  @Test
  void builtInMappingsLoad() throws Exception {
    for (String name : List.of("dice", "goodwill", "jobscraper", "zapply")) {
      assertThat(ColumnMapping.builtIn(name).text()).isNotEmpty();
    }
  }
}
