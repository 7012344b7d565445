package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportBatches;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.platform.imports.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files that are damaged, mislabelled or wrong in places: each is reported with file, line and
 * reason; good rows are kept; a file refused or a batch that fails leaves nothing behind.
 */
class BadInputIT extends LabormarketImportIT {

  private static final Map<String, String> YEAR = Map.of("year", "2099");

  @TempDir Path tmp;
  @Autowired ImportBatches batches;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(BadInputIT.class.getResource("/fixtures/labormarket/" + name).toURI());
  }

  private int loads(String status) {
    // Only the loads of the kinds this test class empties: other features' loads share the database.
    return count("select count(*) from import_batch where status = ? and kind in (" + kinds() + ")", status);
  }

  @Test
  void refusesATruncatedWorkbookAndWritesNothing() throws Exception {
    byte[] whole = Files.readAllBytes(SharedData.file("bls-oews-national/national_M2024_dl.xlsx"));
    Path half = Files.write(tmp.resolve("national_M2024_dl.xlsx"), Arrays.copyOf(whole, whole.length / 2));

    ImportReport r = load("oews", half);
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.FILE_UNREADABLE);
      assertThat(x.describe()).startsWith("national_M2024_dl.xlsx ").contains("truncated or damaged");
    });
    assertThat(count("select count(*) from oews_estimate")).isZero();
    assertThat(loads("REJECTED")).isOne();
  }

  @Test
  void rejectsAShiftedRowAndKeepsTheOthers() throws Exception {
    ImportReport r = load("oews", fixture("oews-national-shifted-row.csv"), YEAR);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.ROW_SHAPE);
      assertThat(x.line()).isEqualTo(4);
      assertThat(x.describe()).startsWith("oews-national-shifted-row.csv:4 ").contains("33 fields but the header has 32");
    });
    assertThat(count("select count(distinct soc_code) from oews_estimate where ref_year = 2099")).isEqualTo(3);
    assertThat(count("select count(*) from oews_estimate where soc_code = '29-1229' and flag = '#'")).isEqualTo(2);
  }

  @Test
  void reloadingAFileWithSomeGoodRowsChangesNothing() throws Exception {
    Path file = fixture("oews-national-shifted-row.csv");
    ImportReport first = load("oews", file, YEAR);
    assertThat(first.status()).isEqualTo("COMMITTED");
    ImportReport again = load("oews", file, YEAR);
    assertThat(again.status()).isEqualTo("UNCHANGED");
    assertThat(again.message()).contains(first.loadId());
    assertThat(loads("COMMITTED")).isOne();
  }

  @Test
  void aFileWhoseEveryRowIsRejectedIsRecordedAsRejectedAndReportedAgainOnReload() throws Exception {
    Path file = fixture("oews-national-all-rejected.csv");
    ImportReport first = load("oews", file, YEAR);
    assertThat(first.status()).isEqualTo("REJECTED");
    assertThat(first.accepted()).isZero();
    assertThat(first.inserted()).isZero();
    assertThat(first.message()).contains("every row was rejected (2)");
    assertThat(first.rejections()).extracting(Rejection::line, Rejection::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2L, ErrorCode.BAD_CODE),
        org.assertj.core.groups.Tuple.tuple(3L, ErrorCode.BAD_NUMBER));
    assertThat(count("select count(*) from oews_estimate")).isZero();
    assertThat(count("select count(*) from oews_area")).isZero();

    ImportReport again = load("oews", file, YEAR);
    assertThat(again.status()).isEqualTo("REJECTED");
    assertThat(again.loadId()).isNotEqualTo(first.loadId());
    assertThat(again.rejections()).extracting(Rejection::describe)
        .containsExactlyElementsOf(first.rejections().stream().map(Rejection::describe).toList());

    // Both loads stay in the history with every rejection, for the analyst to look up.
    assertThat(loads("REJECTED")).isEqualTo(2);
    assertThat(loads("COMMITTED")).isZero();
    for (ImportReport r : java.util.List.of(first, again)) {
      assertThat(batches.find(r.loadId())).get().satisfies(stored -> {
        assertThat(stored.status()).isEqualTo("REJECTED");
        assertThat(stored.rejections()).extracting(Rejection::describe)
            .containsExactlyElementsOf(first.rejections().stream().map(Rejection::describe).toList());
      });
    }
  }

  @Test
  void aDryRunOfAFileWhoseEveryRowIsRejectedSaysSoAndRecordsNothing() throws Exception {
    ImportReport r = imports.run("oews", fixture("oews-national-all-rejected.csv"), YEAR, true, "test", ProgressListener.NONE);
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.dryRun()).isTrue();
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(count("select count(*) from import_batch where kind in (" + kinds() + ")")).isZero();
  }

  @Test
  void rejectsMalformedAndUnknownCodesKeepsAggregatesAndTheFirstOfADuplicate() throws Exception {
    for (String[] soc : new String[][] {{"29-0000", "major"}, {"29-1141", "detailed"}, {"29-1171", "detailed"}}) {
      jdbc.update("insert into soc_occupation (soc_code, title, soc_level, load_id) values (?, 'fixture', ?, 'fixture')",
          soc[0], soc[1]);
    }
    ImportReport r = load("oews", fixture("oews-national-bad-codes.csv"), YEAR);
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(3);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.rejections()).extracting(Rejection::line, Rejection::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, ErrorCode.BAD_CODE),
        org.assertj.core.groups.Tuple.tuple(4L, ErrorCode.UNKNOWN_CODE),
        org.assertj.core.groups.Tuple.tuple(7L, ErrorCode.BAD_NUMBER),
        org.assertj.core.groups.Tuple.tuple(6L, ErrorCode.DUPLICATE_KEY));
    assertThat(r.rejections().get(0).describe()).contains("oews-national-bad-codes.csv:3 [OCC_CODE]").contains("29-114");
    assertThat(r.rejections().get(1).describe()).contains(":4 [OCC_CODE]").contains("major group 98-0000");
    assertThat(r.rejections().get(2).describe()).contains(":7 [A_MEDIAN]").contains("'abc'");
    assertThat(r.rejections().get(3).describe()).contains(":6 ").contains("duplicate of line 2");
    assertThat(r.message()).contains("publisher's aggregates: 29-1999 (1 row)");
    assertThat(jdbc.queryForObject("select est_value from oews_estimate where soc_code = '29-1141' and measure = 'employment'",
        BigDecimal.class)).isEqualByComparingTo("3000000");
  }

  @Test
  void readsWindows1252AndUtf8WithByteOrderMark() throws Exception {
    ImportReport cp1252 = load("soc-titles", fixture("soc-titles-windows-1252.csv"));
    assertThat(cp1252.encoding()).isEqualTo("windows-1252");
    assertThat(cp1252.inserted()).isEqualTo(2);
    ImportReport bom = load("soc-titles", fixture("soc-titles-utf8-bom.csv"));
    assertThat(bom.encoding()).isEqualTo("UTF-8 (with BOM)");
    assertThat(bom.inserted()).isZero();
    assertThat(bom.unchanged()).isEqualTo(2);
    assertThat(jdbc.queryForList("select title from soc_direct_match_title order by title", String.class))
        .containsExactly("Café Chef", "Chef de Cuisine Señor");
  }

  @Test
  void refusesAnEmptyFileAndAFileOfAnotherKind() throws Exception {
    ImportReport empty = load("soc", fixture("empty.csv"));
    assertThat(empty.status()).isEqualTo("REJECTED");
    assertThat(empty.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.FILE_EMPTY);
      assertThat(x.describe()).startsWith("empty.csv ");
    });

    ImportReport onet = load("oews", fixture("onet-occupation-data.txt"));
    assertThat(onet.status()).isEqualTo("REJECTED");
    assertThat(onet.rejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.FILE_WRONG_KIND);
      assertThat(x.describe()).contains("onet-occupation-data.txt does not look like an OEWS estimates file")
          .contains("O*NET-SOC Code");
    });
    assertThat(count("select count(*) from oews_estimate")).isZero();
  }

  @Test
  void aBatchThatFailsWhileWritingLeavesNoRowsAndAFailedLoad() throws Exception {
    ImportReport r = load("soc-titles", fixture("soc-titles-too-long.csv"));
    assertThat(r.status()).isEqualTo("FAILED");
    assertThat(r.rejections()).last().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ErrorCode.BATCH_FAILED);
      assertThat(x.describe()).startsWith("soc-titles-too-long.csv ").contains("nothing from this file was saved");
    });
    assertThat(count("select count(*) from soc_direct_match_title")).isZero();
    assertThat(count("select count(*) from import_batch where load_id = ? and status = 'FAILED'", r.loadId())).isOne();
    assertThat(count("select count(*) from import_rejection where load_id = ?", r.loadId())).isOne();
  }

  @Test
  void aDryRunCountsButWritesNothing() throws Exception {
    ImportReport r = imports.run("oews", fixture("oews-national-shifted-row.csv"), YEAR, true, "test", ProgressListener.NONE);
    assertThat(r.status()).isEqualTo("VALIDATED");
    assertThat(r.dryRun()).isTrue();
    assertThat(r.inserted()).isPositive();
    assertThat(r.rejected()).isOne();
    assertThat(count("select count(*) from oews_estimate")).isZero();
    assertThat(count("select count(*) from oews_area")).isZero();
    assertThat(count("select count(*) from import_batch where kind in (" + kinds() + ")")).isZero();
  }
}
