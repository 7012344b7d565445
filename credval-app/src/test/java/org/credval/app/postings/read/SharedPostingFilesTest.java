package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.credval.app.SharedData;
import org.credval.app.platform.imports.SourceFile;
import org.credval.core.postings.Posting;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every posting file in the shared data reads completely: postings read plus records rejected
 * equals the records in the file, counted here without the readers. Files are found by {@link
 * SharedData}.
 */
class SharedPostingFilesTest {

  private static Path file(String dir, String name) {
    return SharedData.file(dir + "/" + name);
  }

  /** Reads the whole file; returns the postings by id, and checks the counts add up. */
  private static Map<String, Posting> readAll(PostingReader reader, Path file, long expectedRecords) throws IOException {
    Map<String, Posting> byId = new HashMap<>();
    long read = 0;
    long rejected = 0;
    try (Stream<PostingRecord> records = reader.read(SourceFile.of(file))) {
      for (PostingRecord r : (Iterable<PostingRecord>) records::iterator) {
        if (r.accepted()) {
          read++;
          byId.putIfAbsent(r.posting().sourceId(), r.posting());
        } else {
          rejected++;
        }
      }
    }
    assertThat(read + rejected).as("postings read + rejected in " + file.getFileName()).isEqualTo(expectedRecords);
    return byId;
  }

  private static InputStream open(Path f) throws IOException {
    return SourceFile.of(f).open();
  }

  private static long jsonLines(Path f) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(f), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank()).count();
    }
  }

  private static long csvRecords(Path f) throws IOException {
    try (CSVParser p = CSVParser.parse(new InputStreamReader(open(f), StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      return p.stream().count() - 1;
    }
  }

  @Test
  void nycJobs() throws IOException {
    Path f = file("job-postings-nyc-sample", "nyc_jobs_postings_sample.csv.gz");
    Map<String, Posting> postings = readAll(new NycJobsReader(), f, csvRecords(f));
    Posting p = postings.get("284936-internal");
    assertThat(p.title()).isEqualTo("QUALITY ASSURANCE SPECIALIST");
    assertThat(p.state()).isEqualTo("NY");
    assertThat(p.postedOn()).hasToString("2017-03-21");
    assertThat(p.pay().annualMax()).isEqualByComparingTo("64357");
    // The double mis-encoding is repaired: no "â€" is left anywhere.
    assertThat(postings.values()).allSatisfy(x -> assertThat(x.fullText()).doesNotContain("â€", "Ã¢"));
  }

  @Test
  void nycJobsRepairedCopy() throws IOException {
    Path f = file("job-postings-nyc-sample", "nyc_jobs_postings_sample.mojibake_fixed.csv.gz");
    assertThat(readAll(new NycJobsReader(), f, csvRecords(f)).keySet()).contains("284936-internal", "285120-external");
  }

  @Test
  void usajobsSearchApi() throws IOException {
    Path f = file("job-postings-usajobs-api-sample", "usajobs_search_api_example_results.json.gz");
    long count;
    try (InputStream in = open(f)) {
      count = JsonMapper.builder().build().readTree(in).path("SearchResult").path("SearchResultCount").asLong();
    }
    Posting p = readAll(new UsajobsReader(), f, count).get("451842500");
    assertThat(p.title()).isEqualTo("Attorney and Assistant United States Attorney");
    assertThat(p.state()).isEqualTo("DC");
    assertThat(p.pay().basis()).isEqualTo("annual");
    assertThat(p.pay().annualMin()).isEqualByComparingTo("55204");
    assertThat(p.sections()).extracting(Posting.Section::field).contains("job_summary", "education", "qualification_summary");
  }

  @Test
  void usajobsQuestionnaires() throws IOException {
    Path f = file("usajobs-questionnaires-sample", "usajobs_questionnaires_sample_8000.jsonl.gz");
    Posting p = readAll(new UsajobsQuestionnaireReader(), f, jsonLines(f)).get("usastaffing_12804466");
    assertThat(p.title()).isEqualTo("Staff Administrative Specialist");
    assertThat(p.employer()).isEqualTo("U.S. Army Reserve Command");
    assertThat(p.postedOn()).hasToString("2025-09-21");
  }

  @Test
  void diceThroughItsMapping() throws IOException {
    Path f = file("job-postings-dice-tech-sample", "dice_com_job_us_sample_subset.csv.gz");
    Posting p = readAll(new MappedReader(ColumnMapping.builtIn("dice")), f, csvRecords(f)).get("1");
    assertThat(p.title()).isEqualTo("AUTOMATION TEST ENGINEER");
    assertThat(p.sections()).singleElement().satisfies(s -> assertThat(s.text()).startsWith("Looking for Selenium engineers"));
  }

  @Test
  void goodwillThroughItsMapping() throws IOException {
    Path f = file("job-postings-goodwill-central-texas", "goodwill_central_texas_postings.jsonl.gz");
    Posting p = readAll(new MappedReader(ColumnMapping.builtIn("goodwill")), f, jsonLines(f)).get("557586");
    assertThat(p.title()).isEqualTo("ESL Teacher");
    assertThat(p.employer()).isEqualTo("Goodwill Industries of Central Texas");
    assertThat(p.state()).isEqualTo("TX");
    assertThat(p.postedOn()).hasToString("2025-05-14");
    assertThat(p.sections().get(0).text()).doesNotContain("<p>", "<div>");
  }

  @Test
  void jobscraperThroughItsMapping() throws IOException {
    Path f = file("job-postings-jobscraper-forks", "jobscraper_forks_postings.jsonl.gz");
    Posting p = readAll(new MappedReader(ColumnMapping.builtIn("jobscraper")), f, jsonLines(f)).get("7bed3eefa12ef222");
    assertThat(p.employer()).isEqualTo("Brown and Caldwell");
    assertThat(p.state()).isEqualTo("CA");
    assertThat(p.postedOn()).hasToString("2026-06-20");
  }

  @Test
  void zapplyThroughItsMapping() throws IOException {
    Path f = file("job-postings-zapply-healthcare", "zapply_healthcare_postings.jsonl.gz");
    Map<String, Posting> postings = readAll(new MappedReader(ColumnMapping.builtIn("zapply")), f, jsonLines(f));
    Posting lpn = postings.get("-0BJcm7tYDGTl-sCAAAAAA==");
    assertThat(lpn.state()).isEqualTo("NJ");
    assertThat(lpn.socCode().value()).isEqualTo("29-2061");
    Posting rn = postings.get("0QTC1wk6HEvcSieSAAAAAA==");
    assertThat(rn.pay().annualMin()).isEqualByComparingTo("72000");
    assertThat(rn.pay().basis()).isEqualTo("annual");
  }
}
