package org.credval.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.json.JsonParser;
import org.credval.core.postings.Posting;
import org.credval.core.postings.PostingLine;
import org.credval.core.signals.Area;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalAggregator;
import org.credval.core.signals.SignalMention;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalPosting;
import org.credval.core.signals.SignalResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job and the plain engine compute identical signal rows and input digests from the same postings. */
class SignalsJobTest {

  static final Path POSTINGS = Path.of("src/test/resources/signals-postings.jsonl");
  static final Path MENTIONS = Path.of("src/test/resources/signals-mentions.jsonl");

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("credval-signals-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sparkAndThePlainEngineGiveIdenticalRowsFromJsonLines() throws Exception {
    for (SignalParams params : List.of(params("2025", "US", 3), params("all", "TX", 2), params("2025-Q2", "NY", 1))) {
      SignalResult plain = plain(params);
      SignalResult distributed = SignalsJob.run(spark, options("json", POSTINGS.toString(), MENTIONS.toString(), params));
      assertThat(distributed.rows()).as(params.toString()).isEqualTo(plain.rows());
      assertThat(distributed.inputSha256()).isEqualTo(plain.inputSha256());
      assertThat(distributed.postings()).isEqualTo(plain.postings());
      assertThat(distributed.duplicates()).isEqualTo(plain.duplicates());
    }
    // the fixture really exercises the rules: duplicates, several levels, published premiums
    SignalResult all = plain(params("all", "US", 3));
    assertThat(all.duplicates()).isEqualTo(3);
    assertThat(all.rows()).anySatisfy(r -> assertThat(r.payPremium()).isNotNull());
    assertThat(all.rows()).anySatisfy(r -> assertThat(r.negatedPostings()).isPositive());
    assertThat(all.rows()).anySatisfy(r -> assertThat(r.socCode()).isEqualTo("unknown"));
    assertThat(all.rows()).extracting(CredentialSignal::socCode).contains("53-3032", "53-0000", "29-1141", "29-0000", "all");
  }

  @Test
  void csvAndParquetCopiesOfTheInputGiveTheSameRowsAndDigest() {
    SignalParams params = params("2025", "US", 3);
    SignalResult expected = plain(params);
    Dataset<Row> postings = SignalsJob.read(spark, "json", POSTINGS.toString());
    Dataset<Row> mentions = SignalsJob.read(spark, "json", MENTIONS.toString());
    for (String format : List.of("csv", "parquet")) {
      String p = dir.resolve("postings-" + format).toString();
      String m = dir.resolve("mentions-" + format).toString();
      postings.write().mode(SaveMode.Overwrite).option("header", "true").format(format).save(p);
      mentions.write().mode(SaveMode.Overwrite).option("header", "true").format(format).save(m);
      SignalResult r = SignalsJob.run(spark, options(format, p, m, params));
      assertThat(r.rows()).as(format).isEqualTo(expected.rows());
      assertThat(r.inputSha256()).as(format).isEqualTo(expected.inputSha256());
    }
  }

  @Test
  void runsOnExtractedPostingsAndMentionsAsCredvalExtractWritesThem() {
    Path fixture = Path.of("src/test/resources/postings.jsonl");
    SignalParams params = params("all", "US", 1);
    List<SignalPosting> ps = new ArrayList<>();
    List<SignalMention> ms = new ArrayList<>();
    MentionExtractor extractor = new MentionExtractor(CredentialCatalog.starter());
    for (String line : lines(fixture)) {
      Posting p = PostingLine.parse(line);
      ps.add(SignalPosting.fromText(p.sourceId(), p.employer(), p.state(),
          p.postedOn() == null ? null : p.postedOn().toString(), p.socCode() == null ? null : p.socCode().value(),
          p.pay() == null || p.pay().annualMin() == null ? null : p.pay().annualMin().toPlainString(),
          p.pay() == null || p.pay().annualMax() == null ? null : p.pay().annualMax().toPlainString(), null));
      for (Mention m : extractor.extract(p)) {
        ms.add(new SignalMention(m.postingId(), m.code(), m.requirement()));
      }
    }
    SignalResult plain = new SignalAggregator(params).aggregate(ps, ms);

    Dataset<Row> mentions = spark.read().option("primitivesAsString", "true")
        .json(ExtractionJob.mentions(spark, fixture.toString()));
    SignalResult distributed = SignalsJob.run(SignalsJob.read(spark, "json", fixture.toString()), mentions, params);

    assertThat(distributed.rows()).isEqualTo(plain.rows()).isNotEmpty();
    assertThat(distributed.inputSha256()).isEqualTo(plain.inputSha256());
    assertThat(plain.rows()).anySatisfy(r -> {
      assertThat(r.socCode()).isEqualTo("53-3032");
      assertThat(r.requiredPostings()).isEqualTo(1);
      assertThat(r.medianPayWith()).isEqualByComparingTo("49920.00"); // (45,760 + 54,080) / 2
    });
  }

  @Test
  void refusesAPostingIdGivenTwice() throws Exception {
    Path twice = dir.resolve("twice.jsonl");
    String first = lines(POSTINGS).get(1);
    Files.writeString(twice, first + "\n" + first + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SignalsJob.run(spark, options("json", twice.toString(), MENTIONS.toString(), params("all", "US", 3))))
        .hasStackTraceContaining("appears twice");
  }

  @Test
  void readsItsCommandLineAndExplainsMistakes() {
    SignalsJobOptions o = SignalsJobOptions.parse("--postings", "p", "--mentions", "m", "--out", "o", "--period",
        "2025-q3", "--area", "ny", "--format", "jsonl", "--min-pay-n", "5");
    assertThat(o.format()).isEqualTo("json");
    assertThat(o.params()).isEqualTo(new SignalParams(Period.parse("2025-Q3"), Area.parse("NY"), 5, 5));
    assertThatThrownBy(() -> SignalsJobOptions.parse("--postings", "p", "--mentions", "m", "--out", "o"))
        .hasMessageContaining("--period");
    assertThatThrownBy(() -> SignalsJobOptions.parse("--postings", "p", "--mentions", "m", "--out", "o", "--period",
        "2025", "--format", "xml")).hasMessageContaining("json, csv or parquet");
  }

  private static SignalParams params(String period, String area, int minPayN) {
    return new SignalParams(Period.parse(period), Area.parse(area), minPayN, 5);
  }

  private static SignalsJobOptions options(String format, String postings, String mentions, SignalParams params) {
    return new SignalsJobOptions(postings, mentions, format, "unused", null, params);
  }

  /** The plain engine over the JSON Lines fixture, read with credval-core's JSON reader. */
  @SuppressWarnings("unchecked")
  private static SignalResult plain(SignalParams params) {
    List<SignalPosting> ps = new ArrayList<>();
    for (String line : lines(POSTINGS)) {
      Map<String, Object> m = (Map<String, Object>) JsonParser.parse(line);
      ps.add(SignalPosting.fromText(text(m, "posting_id"), text(m, "employer"), text(m, "state"), text(m, "posted_on"),
          text(m, "soc_code"), text(m, "pay_annual_min"), text(m, "pay_annual_max"), text(m, "duplicate_of")));
    }
    List<SignalMention> ms = new ArrayList<>();
    for (String line : lines(MENTIONS)) {
      Map<String, Object> m = (Map<String, Object>) JsonParser.parse(line);
      ms.add(SignalMention.fromText(text(m, "posting_id"), text(m, "credential_code"), text(m, "requirement")));
    }
    return new SignalAggregator(params).aggregate(ps, ms);
  }

  private static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
