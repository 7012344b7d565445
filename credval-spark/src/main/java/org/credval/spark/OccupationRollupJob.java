package org.credval.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credval.core.labormarket.MajorGroupSummary;
import org.credval.core.labormarket.OccupationRollup;
import org.credval.core.labormarket.OccupationRollupResult;
import org.credval.core.labormarket.RowProblem;

/**
 * Rolls an OEWS-style occupation table up to SOC major groups with Spark, using {@link
 * OccupationRollup} from credval-core for every rule and every sum: Spark only reads the lines,
 * builds one partial roll-up per partition and merges them.
 *
 * <p>Run with {@code spark-submit --class org.credval.spark.OccupationRollupJob --jars
 * credval-core.jar credval-spark.jar --input <csv> --output <dir>}; see {@link JobOptions} and
 * the module README for all options and the output layout.
 */
public final class OccupationRollupJob {

  /** RFC 4180 quoting, as in the BLS CSV exports: a quote inside a quoted cell is doubled. */
  static final Map<String, String> CSV = Map.of("quote", "\"", "escape", "\"");

  private static final StructType NUMBERED_LINE =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("text", DataTypes.StringType, false);

  static final StructType MAJOR_GROUP_COLUMNS =
      new StructType()
          .add("major_group", DataTypes.StringType, false)
          .add("occupation_count", DataTypes.IntegerType, false)
          .add("total_employment", DataTypes.LongType, false)
          .add("employment_with_wage", DataTypes.LongType, false)
          .add("weighted_mean_median_wage", DataTypes.createDecimalType(20, 0), true)
          .add("wage_not_available_count", DataTypes.IntegerType, false)
          .add("wage_top_coded_count", DataTypes.IntegerType, false)
          .add("employment_not_available_count", DataTypes.IntegerType, false);

  static final StructType PROBLEM_COLUMNS =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("reason", DataTypes.StringType, false);

  private OccupationRollupJob() {}

  public static void main(String[] args) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      System.out.println(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("credval occupation roll-up");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    int status = 0;
    try {
      run(spark, options);
    } catch (IllegalArgumentException e) {
      // A problem with the input or the options: the message says what to change.
      System.err.println(e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Rolls up {@code options.input()} and writes the CSV output; prints a one-line summary. */
  public static OccupationRollupResult run(SparkSession spark, JobOptions options) {
    OccupationRollupResult result =
        rollup(spark, options.input(), options.columns(), options.partitions());
    write(spark, result, options.output());
    System.out.printf(
        "Rolled up %d occupations into %d major groups; %d rows not counted. Output in %s%n",
        result.groups().stream().mapToInt(MajorGroupSummary::occupationCount).sum(),
        result.groups().size(),
        result.problems().size(),
        options.output());
    return result;
  }

  /**
   * Reads one CSV file (plain or compressed) with a header row and rolls it up. Problems carry
   * the physical line number in the file, which is why lines are numbered before they are parsed:
   * records must not span lines (no line breaks inside quoted cells), which holds for BLS tables.
   *
   * @param partitions spread the numbered lines over this many partitions first; 0 keeps the
   *     file's own partitioning (a gzip file is a single partition)
   */
  public static OccupationRollupResult rollup(
      SparkSession spark, String input, OccupationColumns columns, int partitions) {
    requireFile(spark, input);
    JavaRDD<String> lines = JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(input);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("the input " + input + " is empty; expected a header row");
    }
    List<String> header = header(spark, lines.first());
    OccupationColumns.Positions at = columns.locate(header);

    JavaRDD<Row> numbered =
        lines
            .zipWithIndex()
            .filter(t -> t._2() > 0 && !t._1().isBlank())
            .map(t -> RowFactory.create(t._2() + 1, t._1()));
    if (partitions > 0) {
      numbered = numbered.repartition(partitions);
    }
    StructType cells = new StructType();
    for (int i = 0; i < header.size(); i++) {
      cells = cells.add("c" + i, DataTypes.StringType, true);
    }
    JavaRDD<Row> parsed =
        spark
            .createDataFrame(numbered, NUMBERED_LINE)
            .select(col("line"), from_csv(col("text"), lit(cells.toDDL()), CSV).as("cell"))
            .select(col("line"), col("cell.*"))
            .javaRDD();
    return parsed
        .aggregate(
            new OccupationRollup(),
            (rollup, row) -> rollup.add(at.occupationRow(row)),
            OccupationRollup::merge)
        .result();
  }

  private static List<String> header(SparkSession spark, String firstLine) {
    String withoutBom = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
    Row row =
        spark
            .read()
            .options(CSV)
            .csv(spark.createDataset(List.of(withoutBom), Encoders.STRING()))
            .first();
    List<String> names = new ArrayList<>(row.length());
    for (int i = 0; i < row.length(); i++) {
      names.add(row.getString(i));
    }
    return names;
  }

  /**
   * Writes {@code major_groups/} and {@code problems/} under {@code output}, each one CSV file
   * with a header row. Fails if they exist, so that no earlier output is replaced by mistake.
   */
  public static void write(SparkSession spark, OccupationRollupResult result, String output) {
    List<Row> groups = new ArrayList<>(result.groups().size());
    for (MajorGroupSummary g : result.groups()) {
      groups.add(
          RowFactory.create(
              g.majorGroup().value(),
              g.occupationCount(),
              g.totalEmployment(),
              g.employmentWithWage(),
              g.weightedMeanMedianWage(),
              g.wageNotAvailableCount(),
              g.wageTopCodedCount(),
              g.employmentNotAvailableCount()));
    }
    List<Row> problems = new ArrayList<>(result.problems().size());
    for (RowProblem p : result.problems()) {
      problems.add(RowFactory.create(p.line(), p.reason()));
    }
    Path groupsPath = new Path(output, "major_groups");
    Path problemsPath = new Path(output, "problems");
    requireAbsent(spark, groupsPath);
    requireAbsent(spark, problemsPath);
    writeCsv(spark, groups, MAJOR_GROUP_COLUMNS, groupsPath);
    writeCsv(spark, problems, PROBLEM_COLUMNS, problemsPath);
  }

  private static void writeCsv(SparkSession spark, List<Row> rows, StructType schema, Path path) {
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .options(CSV)
        .option("header", "true")
        .csv(path.toString());
  }

  private static FileSystem fileSystem(SparkSession spark, Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of " + path, e);
    }
  }

  private static void requireFile(SparkSession spark, String input) {
    Path path = new Path(input);
    try {
      if (!fileSystem(spark, path).isFile(path)) {
        throw new IllegalArgumentException(
            "the input " + input + " is not a file; give one CSV file with --input");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
  }

  private static void requireAbsent(SparkSession spark, Path path) {
    try {
      if (fileSystem(spark, path).exists(path)) {
        throw new IllegalArgumentException(
            path + " already exists; choose another --output directory or remove it");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path, e);
    }
  }
}
