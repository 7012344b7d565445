package org.credval.app.postings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.imports.ProgressListener;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.read.NycJobsReader;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.postings.NearDuplicates;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code credval import postings} on the database under test (H2 or PostgreSQL), on the real NYC
 * Jobs and USAJOBS samples of ../shared/data and on hand-made bad files: counts, per-row
 * rejections, idempotence, duplicates within and across loads, and rollback.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostingImportIT {

  private static final String NYC = "job-postings-nyc-sample/nyc_jobs_postings_sample.csv.gz";
  private static final String NYC_FIXED = "job-postings-nyc-sample/nyc_jobs_postings_sample.mojibake_fixed.csv.gz";
  private static final String USAJOBS = "job-postings-usajobs-api-sample/usajobs_search_api_example_results.json.gz";

  @Autowired ImportService imports;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path tmp;

  @BeforeEach
  void emptyThePostingTables() {
    PostingTablesCleaner.clear(jdbc);
  }

  @Test
  void storesTheNycSampleWithSectionsMentionsAndOneRepresentativePerDuplicateGroup() throws Exception {
    Path file = SharedData.file(NYC);
    List<Posting> read = postings(file);

    ImportReport r = load(file, Map.of("format", "nyc-jobs"));
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.rejected()).isZero();
    assertThat(r.accepted()).isEqualTo(read.size());
    assertThat(r.inserted()).isEqualTo(read.size());
    assertThat(count("select count(*) from posting where load_id = ?", r.loadId())).isEqualTo(read.size());
    assertThat(count("select count(*) from posting_section"))
        .isEqualTo(read.stream().mapToInt(p -> p.sections().size()).sum());
    assertThat(count("select count(*) from posting where soc_method = 'unknown' and soc_code is null"))
        .as("NYC gives no SOC and no title lists are loaded in this test").isEqualTo(read.size());
    assertThat(count("select count(*) from posting_mention")).isPositive();
    assertThat(count("select count(*) from posting_band")).isEqualTo(read.size() * NearDuplicates.bands());

    // The stored groups are the ones credval-core finds over the same texts in memory.
    int[] rep = new NearDuplicates(0.8).representatives(read);
    Map<String, String> expected = new HashMap<>();
    for (int i = 0; i < rep.length; i++) {
      expected.put(read.get(i).sourceId(), rep[i] == i ? null : read.get(rep[i]).sourceId());
    }
    Map<String, String> stored = new HashMap<>();
    jdbc.query("select p.source_id, d.source_id from posting p left join posting d on d.id = p.duplicate_of",
        rs -> {
          stored.put(rs.getString(1), rs.getString(2));
        });
    assertThat(stored).isEqualTo(expected);
    long groups = expected.values().stream().filter(v -> v == null).count();
    assertThat(groups).as("internal and external postings of a job are one group").isLessThan(read.size());
    assertThat(count("select count(*) from posting where duplicate_of is null")).isEqualTo((int) groups);
    assertThat(count("select count(*) from posting p join posting d on d.id = p.duplicate_of where d.duplicate_of is not null"))
        .as("every duplicate points at its group's representative directly").isZero();
  }

  @Test
  void loadingTheSameFileTwiceOrTheSameContentFromAnotherFileChangesNothing() throws Exception {
    Path file = SharedData.file(NYC);
    ImportReport first = load(file, Map.of("format", "nyc-jobs"));
    String before = snapshot();

    ImportReport again = load(file, Map.of("format", "nyc-jobs"));
    assertThat(again.status()).isEqualTo("UNCHANGED");
    assertThat(snapshot()).isEqualTo(before);

    // The publisher's "fixed" copy holds the same postings; credval's own repair makes most cells equal.
    ImportReport fixed = load(SharedData.file(NYC_FIXED), Map.of("format", "nyc-jobs"));
    assertThat(fixed.status()).isEqualTo("COMMITTED");
    assertThat(fixed.inserted()).isZero();
    assertThat(fixed.updated() + fixed.unchanged()).isEqualTo(first.inserted());
    assertThat(count("select count(*) from posting")).isEqualTo(first.inserted());
  }

  @Test
  void rejectsBadRowsWithFileLineFieldAndReasonAndKeepsTheGoodOnes() throws Exception {
    ImportReport r = load(fixture("board.csv"), Map.of("format", "csv", "mapping", fixture("board.properties").toString()));
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.inserted()).isEqualTo(2);
    assertThat(jdbc.queryForList("select source_id from posting order by source_id", String.class))
        .containsExactly("R1", "R2");
    assertThat(r.rejections()).anySatisfy(x -> {
      assertThat(x.line()).isEqualTo(4);
      assertThat(x.file()).isEqualTo("board.csv");
      assertThat(x.code()).isEqualTo(ErrorCode.MISSING_VALUE);
    });
    assertThat(r.rejections()).anySatisfy(x -> {
      assertThat(x.line()).isEqualTo(5);
      assertThat(x.field()).startsWith("pay");
      assertThat(x.code()).isEqualTo(ErrorCode.BAD_VALUE);
    });
    assertThat(count("select count(*) from import_rejection where load_id = ?", r.loadId())).isEqualTo(r.rejected());
    assertThat(jdbc.queryForObject("select pay_annual_min from posting where source_id = 'R1'", java.math.BigDecimal.class))
        .isEqualByComparingTo("37440");

    ImportReport json = load(fixture("jobpostings.jsonl"), Map.of("format", "jsonld"));
    assertThat(json.rejections()).anySatisfy(x -> {
      assertThat(x.line()).isEqualTo(2);
      assertThat(x.code()).isEqualTo(ErrorCode.FILE_UNREADABLE);
    });
    assertThat(json.rejections()).anySatisfy(x -> assertThat(x.describe()).contains("jobpostings.jsonl:3"));
    assertThat(json.message()).contains("state");
    assertThat(count("select count(*) from posting where source_id in ('L-1', 'L-4')")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select state from posting where source_id = 'L-4'", String.class)).isNull();
  }

  @Test
  void refusesAMappingThatNamesAMissingColumnAndAFileWithoutFormat() throws Exception {
    ImportReport r = load(fixture("board.csv"),
        Map.of("format", "csv", "mapping", fixture("board-missing-column.properties").toString()));
    assertThat(r.status()).isEqualTo("REJECTED");
    assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.reason()).contains("description"));

    ImportReport noFormat = load(fixture("board.csv"), Map.of());
    assertThat(noFormat.status()).isEqualTo("REJECTED");
    assertThat(noFormat.rejections()).singleElement()
        .satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.POSTING_FORMAT_MISSING));
    assertThat(count("select count(*) from posting")).isZero();
  }

  @Test
  void linksACrossPostedJobToTheStoredPostingItRepeats() throws Exception {
    Path nyc = SharedData.file(NYC);
    load(nyc, Map.of("format", "nyc-jobs"));
    Posting original = postings(nyc).get(7);
    Path crossPost = tmp.resolve("board.jsonld");
    Files.writeString(crossPost, jobPosting("BOARD-1", original), StandardCharsets.UTF_8);

    ImportReport r = load(crossPost, Map.of("format", "jsonld"));
    assertThat(r.status()).isEqualTo("COMMITTED");
    assertThat(r.message()).contains("linked as duplicates");
    Long rep = jdbc.queryForObject("select coalesce(duplicate_of, id) from posting where source = 'nyc-jobs' and source_id = ?",
        Long.class, original.sourceId());
    assertThat(jdbc.queryForObject("select duplicate_of from posting where source = 'jsonld' and source_id = 'BOARD-1'",
        Long.class)).isEqualTo(rep);
  }

  private static final String STORE_MANAGER = "Assistant Store Manager - Lead With Purpose. Quarterly bonus potential: "
      + "assistant store managers can earn up to 12.5% of their quarterly salary based on performance. Support the "
      + "Retail General Manager in leading store operations, staffing, merchandising and customer service. Supervise "
      + "and mentor retail, donation and production staff. Two years of retail management experience required.";

  @Test
  void linksARepeatOnlyForTheSameEmployerPlaceAndTime() throws Exception {
    Path file = board("stores.csv",
        row("S1", "Goodwill", "TX", "Cedar Park", "2025-10-01", STORE_MANAGER),
        row("S2", "Goodwill", "TX", "Round Rock", "2025-10-01", STORE_MANAGER),
        row("S3", "Goodwill Industries of Central Texas", "TX", "Cedar Park", "2025-10-20", STORE_MANAGER + " Apply today."),
        row("S4", "", "", "", "", STORE_MANAGER),
        row("S5", "Goodwill", "TX", "Cedar Park", "2026-03-01", STORE_MANAGER));
    assertThat(load(file, boardOptions()).status()).isEqualTo("COMMITTED");
    Map<String, String> expected = new HashMap<>();
    expected.put("S1", null);
    expected.put("S2", null);
    expected.put("S3", "S1");
    expected.put("S4", "S1");
    expected.put("S5", null);
    assertThat(storedLinks()).as("two stores are two openings; a board copy naming no place joins the first store only; "
        + "a re-post five months later is a new ad").isEqualTo(expected);
  }

  @Test
  void relinksThePostingsThatPointedToARewrittenPosting() throws Exception {
    String s1 = row("S1", "Goodwill", "TX", "Cedar Park", "2025-10-01", STORE_MANAGER);
    String s3 = row("S3", "Goodwill", "TX", "Cedar Park", "2025-10-20", STORE_MANAGER + " Apply today.");
    String s6 = row("S6", "Goodwill", "TX", "Cedar Park", "2025-10-25", STORE_MANAGER + " Apply now.");
    load(board("v1.csv", s1, s3, s6), boardOptions());
    assertThat(storedLinks()).containsEntry("S3", "S1").containsEntry("S6", "S1");

    String rewritten = row("S1", "Goodwill", "TX", "Cedar Park", "2025-10-01",
        "Donation attendant: greet donors, sort and hang clothing, keep the dock clean and safe. Forklift certification "
        + "preferred. Weekend shifts, hourly pay, employee discount.");
    ImportReport again = load(board("v2.csv", rewritten, s3, s6), boardOptions());
    assertThat(again.updated()).isEqualTo(1);
    Map<String, String> expected = new HashMap<>();
    expected.put("S1", null);
    expected.put("S3", null);
    expected.put("S6", "S3");
    assertThat(storedLinks()).as("the rewritten posting is another job; its former duplicates form their own group")
        .isEqualTo(expected);
  }

  private Map<String, String> storedLinks() {
    Map<String, String> stored = new HashMap<>();
    jdbc.query("select p.source_id, d.source_id from posting p left join posting d on d.id = p.duplicate_of",
        rs -> {
          stored.put(rs.getString(1), rs.getString(2));
        });
    return stored;
  }

  private Map<String, String> boardOptions() throws IOException {
    Path mapping = tmp.resolve("stores.properties");
    Files.writeString(mapping, String.join("\n", "source=stores", "source_id=ref", "title=title", "employer=company",
        "state=state", "area=city", "posted_on=date", "text=body"), StandardCharsets.UTF_8);
    return Map.of("format", "csv", "mapping", mapping.toString());
  }

  private Path board(String name, String... rows) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, "ref,title,company,state,city,date,body\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String row(String ref, String company, String state, String city, String date, String body) {
    return String.join(",", ref, "Assistant Store Manager", company, state, city, date, "\"" + body.replace("\"", "\"\"") + "\"");
  }

  @Test
  void aBatchThatFailsWhileWritingLeavesNothingAndADryRunWritesNothing() throws Exception {
    Path usajobs = SharedData.file(USAJOBS);
    ImportReport dry = imports.run("postings", usajobs, Map.of("format", "usajobs"), true, "test", ProgressListener.NONE);
    assertThat(dry.status()).isEqualTo("VALIDATED");
    assertThat(dry.inserted()).isPositive();
    assertThat(count("select count(*) from posting")).isZero();

    jdbc.execute("alter table posting_band rename to posting_band_away");
    ImportReport failed;
    try {
      failed = load(usajobs, Map.of("format", "usajobs"));
    } finally {
      jdbc.execute("alter table posting_band_away rename to posting_band");
    }
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.rejections()).last().satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.BATCH_FAILED));
    assertThat(count("select count(*) from posting")).isZero();
    assertThat(count("select count(*) from posting_section")).isZero();
    assertThat(count("select count(*) from posting_mention")).isZero();

    ImportReport ok = load(usajobs, Map.of("format", "usajobs"));
    assertThat(ok.status()).isEqualTo("COMMITTED");
    assertThat(ok.inserted()).isEqualTo(dry.inserted());
  }

  private static String jobPosting(String id, Posting p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", "JobPosting");
    m.put("identifier", id);
    m.put("title", p.title());
    m.put("description", String.join("\n\n", p.sections().stream().map(Posting.Section::text).toList()));
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(m);
  }

  private String snapshot() {
    return jdbc.queryForList("select source_id, content_sha256, duplicate_of, load_id from posting order by id").toString()
        + count("select count(*) from posting_mention") + "/" + count("select count(*) from posting_section");
  }

  private ImportReport load(Path file, Map<String, String> options) throws IOException {
    return imports.run("postings", file, options, false, "test", ProgressListener.NONE);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  /** The file's postings as the reader gives them, the first of each id (as the import keeps it). */
  private static List<Posting> postings(Path file) throws IOException {
    try (Stream<PostingRecord> records = new NycJobsReader().read(SourceFile.of(file))) {
      Map<String, Posting> first = new LinkedHashMap<>();
      records.filter(PostingRecord::accepted).forEach(r -> first.putIfAbsent(r.posting().sourceId(), r.posting()));
      return List.copyOf(first.values());
    }
  }


  private static Path fixture(String name) {
    try {
      return Path.of(PostingImportIT.class.getResource("/fixtures/postings/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
