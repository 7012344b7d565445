package org.credval.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.PostingLine;

/**
 * Credential mention extraction at scale: normalized postings (JSON Lines, as {@code credval
 * extract --postings-out} writes them) in, one JSON line per mention out, exactly as {@code credval
 * extract} writes them. Each partition builds credval-core's {@link MentionExtractor} once and runs
 * it; Spark only spreads the lines.
 *
 * <p>Usage: {@code spark-submit --class org.credval.spark.ExtractionJob … <postings.jsonl> <out-dir> [master]}
 */
public final class ExtractionJob {

  private ExtractionJob() {}

  /** The mentions of every posting in {@code postingsJsonl}, as JSON lines. */
  public static Dataset<String> mentions(SparkSession spark, String postingsJsonl) {
    MapPartitionsFunction<String, String> extract = lines -> {
      MentionExtractor extractor = new MentionExtractor(CredentialCatalog.starter());
      List<String> out = new ArrayList<>();
      while (lines.hasNext()) {
        String line = lines.next();
        if (line.isBlank()) {
          continue;
        }
        for (Mention m : extractor.extract(PostingLine.parse(line))) {
          out.add(m.toJsonLine());
        }
      }
      return out.iterator();
    };
    return spark.read().textFile(postingsJsonl).mapPartitions(extract, Encoders.STRING());
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: ExtractionJob <postings.jsonl> <out-dir> [master]");
      System.exit(2);
    }
    SparkSession.Builder b = SparkSession.builder().appName("credval extraction");
    if (args.length > 2) {
      b.master(args[2]);
    }
    SparkSession spark = b.getOrCreate();
    try {
      mentions(spark, args[0]).write().text(args[1]);
    } finally {
      spark.stop();
    }
  }
}
