package org.credval.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.PostingLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark job and the plain engine extract identical mentions from the same postings. */
class ExtractionJobTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("credval-extraction-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sparkAndThePlainEngineGiveIdenticalMentions() throws Exception {
    Path fixture = Path.of("src/test/resources/postings.jsonl");
    List<String> plain = new ArrayList<>();
    MentionExtractor extractor = new MentionExtractor(CredentialCatalog.starter());
    for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
      for (Mention m : extractor.extract(PostingLine.parse(line))) {
        plain.add(m.toJsonLine());
      }
    }
    List<String> distributed = ExtractionJob.mentions(spark, fixture.toString()).repartition(2).collectAsList();

    assertThat(distributed).containsExactlyInAnyOrderElementsOf(plain);
    // the fixture's credentials are really found, with their levels
    assertThat(plain).anySatisfy(l -> assertThat(l).contains("\"posting_id\":\"T-1\"").contains("\"requirement\":\"required\"")
        .contains("Class A CDL"));
    assertThat(plain).anySatisfy(l -> assertThat(l).contains("\"posting_id\":\"T-2\"").contains("structured:preferred"));
    assertThat(plain).noneSatisfy(l -> assertThat(l).contains("\"posting_id\":\"T-4\""));
  }
}
