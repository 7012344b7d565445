package org.credval.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.signals.CredentialSignal;
import org.credval.core.signals.PostingFacts;
import org.credval.core.signals.SignalAggregator;
import org.credval.core.signals.SignalMention;
import org.credval.core.signals.SignalParams;
import org.credval.core.signals.SignalPosting;
import org.credval.core.signals.SignalResult;
import org.credval.core.signals.SignalTable;
import scala.Tuple2;

/**
 * Employer signals at scale, by credval-core's {@link SignalAggregator}: postings are joined with
 * their mentions, reduced to their credentials at the strongest level ({@link PostingFacts}),
 * spread over the occupation cells they count in, and each cell's rows are computed by the same
 * core code the local engine runs. Spark only moves postings to cells.
 *
 * <p>Usage: {@code spark-submit --class org.credval.spark.SignalsJob … --postings <path> --mentions
 * <path> --format json|csv|parquet --period 2025 [--area NY] --out <dir>}
 */
public final class SignalsJob {

  private SignalsJob() {}

  /** The run's rows (in {@link SignalAggregator#ORDER}), input digest and counts. */
  public static SignalResult run(SparkSession spark, SignalsJobOptions o) {
    return run(read(spark, o.format(), o.postings()), read(spark, o.format(), o.mentions()), o.params());
  }

  /** The same over postings and mentions already read as tables (column names in docs/signals.md). */
  public static SignalResult run(Dataset<Row> postingTable, Dataset<Row> mentionTable, SignalParams params) {
    SignalAggregator aggregator = new SignalAggregator(params);
    JavaPairRDD<String, SignalPosting> postings = postingColumns(postingTable).javaRDD()
        .map(r -> SignalPosting.fromText(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getString(6), r.getString(7)))
        .filter(aggregator::inScope)
        .keyBy(SignalPosting::id);
    JavaPairRDD<String, SignalMention> mentions = mentionTable
        .select(text(mentionTable, "posting_id"), text(mentionTable, "credential_code"), text(mentionTable, "requirement"))
        .javaRDD().map(r -> SignalMention.fromText(r.getString(0), r.getString(1), r.getString(2)))
        .keyBy(SignalMention::postingId);

    JavaRDD<Tuple2<SignalPosting, List<SignalMention>>> joined = postings.cogroup(mentions).flatMap(SignalsJob::posting);
    joined.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Iterator<String> lines = joined.map(t -> SignalAggregator.digestLine(t._1(), t._2()))
          .sortBy(s -> s, true, Math.max(1, joined.getNumPartitions())).toLocalIterator();
      String digest = SignalAggregator.digest(lines);
      long duplicates = joined.filter(t -> t._1().duplicateOf() != null).count();
      JavaRDD<PostingFacts> counted = joined.filter(t -> t._1().duplicateOf() == null)
          .map(t -> PostingFacts.of(t._1(), t._2()));
      long postingsCounted = counted.count();
      List<CredentialSignal> rows = new ArrayList<>(counted
          .flatMapToPair(f -> SignalAggregator.occupationKeys(f.posting()).stream()
              .map(k -> new Tuple2<>(k, f)).iterator())
          .groupByKey()
          .flatMap(cell -> aggregator.cellRows(cell._1(), cell._2()).iterator())
          .collect());
      rows.sort(SignalAggregator.ORDER);
      return new SignalResult(rows, digest, Math.toIntExact(postingsCounted), Math.toIntExact(duplicates));
    } finally {
      joined.unpersist();
    }
  }

  /** One in-scope posting with its mentions; mentions of postings not in scope are dropped. */
  private static Iterator<Tuple2<SignalPosting, List<SignalMention>>> posting(
      Tuple2<String, Tuple2<Iterable<SignalPosting>, Iterable<SignalMention>>> group) {
    Iterator<SignalPosting> ps = group._2()._1().iterator();
    if (!ps.hasNext()) {
      return java.util.Collections.emptyIterator();
    }
    SignalPosting p = ps.next();
    if (ps.hasNext()) {
      throw new IllegalArgumentException("posting id '" + p.id() + "' appears twice");
    }
    List<SignalMention> ms = new ArrayList<>();
    group._2()._2().forEach(ms::add);
    return List.of(new Tuple2<>(p, ms)).iterator();
  }

  static Dataset<Row> read(SparkSession spark, String format, String path) {
    return switch (format) {
      // numbers as written, so pay reaches BigDecimal without passing through double
      case "json" -> spark.read().option("primitivesAsString", "true").json(path);
      case "csv" -> spark.read().option("header", "true").csv(path);
      case "parquet" -> spark.read().parquet(path);
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }

  /**
   * Postings as text columns: the flat form ({@code posting_id}, {@code pay_annual_min}, …) or the
   * normalized form {@code credval extract --postings-out} writes ({@code source_id}, {@code pay.annual_min}).
   */
  static Dataset<Row> postingColumns(Dataset<Row> t) {
    List<String> cols = Arrays.asList(t.columns());
    Column id = cols.contains("posting_id") ? t.col("posting_id") : t.col("source_id");
    boolean flatPay = cols.contains("pay_annual_min") || cols.contains("pay_annual_max");
    Column min = flatPay ? optional(t, "pay_annual_min") : cols.contains("pay") ? t.col("pay.annual_min") : null;
    Column max = flatPay ? optional(t, "pay_annual_max") : cols.contains("pay") ? t.col("pay.annual_max") : null;
    return t.select(id.cast("string"), optional(t, "employer"), optional(t, "state"), optional(t, "posted_on"),
        optional(t, "soc_code"), orNull(min), orNull(max), optional(t, "duplicate_of"));
  }

  private static Column optional(Dataset<Row> t, String name) {
    return Arrays.asList(t.columns()).contains(name) ? t.col(name).cast("string") : functions.lit(null).cast("string");
  }

  private static Column orNull(Column c) {
    return c == null ? functions.lit(null).cast("string") : c.cast("string");
  }

  private static Column text(Dataset<Row> t, String name) {
    if (!Arrays.asList(t.columns()).contains(name)) {
      throw new IllegalArgumentException("the mentions have no column '" + name + "' (columns: " + String.join(", ", t.columns()) + ")");
    }
    return t.col(name).cast("string");
  }

  /** The rows as the CSV {@code credval signals} writes, header first, credential names from the starter catalog. */
  public static List<String> csvLines(SignalResult result, CredentialCatalog catalog) {
    List<String> lines = new ArrayList<>(result.rows().size() + 1);
    lines.add(SignalTable.header());
    for (CredentialSignal r : result.rows()) {
      lines.add(SignalTable.line(r, c -> catalog.byCode(c).map(Credential::name).orElse(null)));
    }
    return lines;
  }

  /** The file beside the rows that says which run they are: {@code credval import signals} reads it. */
  public static final String RUN_FILE = "_credval_run.properties";

  /**
   * The run's identity as {@code key=value} lines: engine, period, area, thresholds (as
   * {@link SignalParams#describe()}), input digest, postings counted, duplicates left out, rows.
   * {@code credval import signals} stores the rows as a run with these, and recognizes a second
   * import of the same run by its digest.
   */
  public static String runFile(SignalResult result, SignalParams params) {
    return "# credval signal run written by org.credval.spark.SignalsJob\n"
        + "engine=spark\n"
        + "period=" + params.period().key() + "\n"
        + "area=" + params.area().key() + "\n"
        + "params=" + params.describe() + "\n"
        + "input_sha256=" + result.inputSha256() + "\n"
        + "postings=" + result.postings() + "\n"
        + "duplicates=" + result.duplicates() + "\n"
        + "rows=" + result.rows().size() + "\n";
  }

  private static void writeRunFile(SparkSession spark, String output, String text) {
    try {
      org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(output, RUN_FILE);
      org.apache.hadoop.fs.FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (java.io.OutputStream out = fs.create(file, true)) {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + RUN_FILE + " to " + output, e);
    }
  }

  public static void main(String[] args) {
    SignalsJobOptions o;
    try {
      o = SignalsJobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(SignalsJobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("credval signals");
    if (o.master() != null) {
      b.master(o.master());
    }
    SparkSession spark = b.getOrCreate();
    try {
      SignalResult result = run(spark, o);
      spark.createDataset(csvLines(result, CredentialCatalog.starter()), Encoders.STRING()).coalesce(1).write().text(o.output());
      writeRunFile(spark, o.output(), runFile(result, o.params()));
      System.out.printf("%d postings counted, %d duplicates left out, %d rows; input sha256 %s%n", result.postings(),
          result.duplicates(), result.rows().size(), result.inputSha256());
    } finally {
      spark.stop();
    }
  }
}
