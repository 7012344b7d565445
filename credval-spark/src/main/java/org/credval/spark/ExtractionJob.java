package org.credval.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
 * extract} writes them. Each executor compiles credval-core's {@link MentionExtractor} once and its
 * tasks run it; Spark only spreads the lines.
 *
 * <p>Usage: {@code spark-submit --class org.credval.spark.ExtractionJob … <postings.jsonl> <out-dir> [master]}
 */
public final class ExtractionJob {

  private ExtractionJob() {}

  /** The mentions of every posting in {@code postingsJsonl}, as JSON lines. */
  public static Dataset<String> mentions(SparkSession spark, String postingsJsonl) {
    MapPartitionsFunction<String, String> extract = lines -> new MentionLines(Compiled.EXTRACTOR, lines);
    return spark.read().textFile(postingsJsonl).mapPartitions(extract, Encoders.STRING());
  }

  /**
   * The extractor, compiled once per executor JVM when its first task needs it and shared by all
   * its tasks and threads (it is immutable and thread-safe): compiling the catalog takes far longer
   * than extracting a small partition, so a per-task copy made the partition size a trade-off.
   */
  private static final class Compiled {
    static final MentionExtractor EXTRACTOR = new MentionExtractor(CredentialCatalog.starter());
  }

  /**
   * A partition's mention lines, produced as Spark asks for them: one posting's mentions are held
   * at a time, never the whole partition's.
   */
  private static final class MentionLines implements Iterator<String> {
    private final MentionExtractor extractor;
    private final Iterator<String> lines;
    private List<Mention> current = List.of();
    private int next;

    MentionLines(MentionExtractor extractor, Iterator<String> lines) {
      this.extractor = extractor;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      while (next == current.size()) {
        if (!lines.hasNext()) {
          return false;
        }
        String line = lines.next();
        current = line.isBlank() ? List.of() : extractor.extract(PostingLine.parse(line));
        next = 0;
      }
      return true;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.get(next++).toJsonLine();
    }
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
