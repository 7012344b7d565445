package org.credval.app.postings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.eval.DatasetFormat;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.code.OnetSocCode;
import org.credval.core.code.SocCode;
import org.credval.core.occupations.OccupationTitle;
import org.credval.core.occupations.TitleCoder;
import org.credval.core.occupations.TitleNormalizer;
import org.credval.core.postings.Posting;

/**
 * {@code credval bench occupations}: occupation coding measured on postings that carry a SOC code
 * (the Zapply export's O*NET-SOC codes), with the codes hidden. Reports, per confidence threshold,
 * coverage (share of postings coded) and correctness of the coded ones (same detailed SOC code, same
 * major group), beside a baseline that codes only titles found whole in the lists. Also the
 * coverage on the posting files that carry no code. The title lists are read from the public data
 * folder as published, so no database is needed.
 */
public final class OccupationBench {

  static final String LABELED = "job-postings-zapply-healthcare/zapply_healthcare_postings.jsonl.gz";
  static final List<String> UNLABELED = List.of(
      "job-postings-nyc-sample/nyc_jobs_postings_sample.csv.gz",
      "job-postings-usajobs-api-sample/usajobs_search_api_example_results.json.gz",
      "job-postings-dice-tech-sample/dice_com_job_us_sample_subset.csv.gz",
      "job-postings-goodwill-central-texas/goodwill_central_texas_postings.jsonl.gz");
  static final double[] THRESHOLDS = {0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** One method at one threshold: postings, coded, coded right (detailed code), coded in the right major group. */
  public record Row(String method, double threshold, int postings, int coded, int exact, int majorGroup) {
    double coverage() {
      return postings == 0 ? 0 : (double) coded / postings;
    }

    double precision() {
      return coded == 0 ? 0 : (double) exact / coded;
    }

    double majorPrecision() {
      return coded == 0 ? 0 : (double) majorGroup / coded;
    }
  }

  /** Coverage of the default coder on a file without codes. */
  public record Coverage(String file, int postings, int coded) {}

  /** A frequent mistake at the default threshold: the published code, the coded one, how often, an example title. */
  public record Confusion(SocCode truth, SocCode coded, int count, String example) {}

  public record Result(int titles, List<Row> rows, List<Coverage> coverage, List<Confusion> confusions) {}

  private OccupationBench() {}

  public static Result run(Path dataDir) throws IOException {
    List<OccupationTitle> titles = titles(dataDir);
    List<Posting> labeled = postings(dataDir, LABELED).stream().filter(p -> p.socCode() != null).toList();
    List<Row> rows = new ArrayList<>();
    rows.add(exactOnly(titles, labeled));
    for (double t : THRESHOLDS) {
      TitleCoder coder = new TitleCoder(titles, t);
      int coded = 0;
      int exact = 0;
      int major = 0;
      for (Posting p : labeled) {
        TitleCoder.Coded c = coder.code(p.title());
        if (c.known()) {
          coded++;
          exact += c.soc().equals(p.socCode()) ? 1 : 0;
          major += c.soc().majorGroup().equals(p.socCode().majorGroup()) ? 1 : 0;
        }
      }
      rows.add(new Row("credval title coder", t, labeled.size(), coded, exact, major));
    }
    TitleCoder coder = new TitleCoder(titles, TitleCoder.DEFAULT_THRESHOLD);
    Map<List<SocCode>, List<String>> mistakes = new HashMap<>();
    for (Posting p : labeled) {
      TitleCoder.Coded c = coder.code(p.title());
      if (c.known() && !c.soc().equals(p.socCode())) {
        mistakes.computeIfAbsent(List.of(p.socCode(), c.soc()), k -> new ArrayList<>()).add(p.title());
      }
    }
    List<Confusion> confusions = mistakes.entrySet().stream()
        .map(e -> new Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue().size(), e.getValue().get(0)))
        .sorted(java.util.Comparator.comparingInt(Confusion::count).reversed()
            .thenComparing(c -> c.truth().value() + c.coded().value()))
        .limit(12).toList();
    List<Coverage> coverage = new ArrayList<>();
    for (String f : UNLABELED) {
      if (!Files.isRegularFile(dataDir.resolve(f))) {
        continue;
      }
      List<Posting> ps = postings(dataDir, f);
      coverage.add(new Coverage(f.substring(f.indexOf('/') + 1), ps.size(),
          (int) ps.stream().filter(p -> coder.code(p.title()).known()).count()));
    }
    return new Result(titles.size(), rows, coverage, confusions);
  }

  // Baseline: the whole normalized title must be a listed title; the occupation most lists give it wins.
  private static Row exactOnly(List<OccupationTitle> titles, List<Posting> labeled) {
    Map<String, Map<SocCode, Integer>> byTitle = new HashMap<>();
    titles.forEach(t -> byTitle.computeIfAbsent(TitleNormalizer.normalize(t.title()), k -> new HashMap<>())
        .merge(t.soc(), 1, Integer::sum));
    int coded = 0;
    int exact = 0;
    int major = 0;
    for (Posting p : labeled) {
      Map<SocCode, Integer> socs = byTitle.get(TitleNormalizer.normalize(p.title()));
      if (socs != null) {
        SocCode soc = socs.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        coded++;
        exact += soc.equals(p.socCode()) ? 1 : 0;
        major += soc.majorGroup().equals(p.socCode().majorGroup()) ? 1 : 0;
      }
    }
    return new Row("baseline: whole title listed", 0, labeled.size(), coded, exact, major);
  }

  static List<Posting> postings(Path dataDir, String relative) throws IOException {
    Path file = dataDir.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("posting file not found: " + file);
    }
    DatasetFormat format = DatasetFormat.of(relative.substring(0, relative.indexOf('/')));
    PostingReader reader = PostingReaders.forFormat(format.format(), format.mapping());
    try (var records = reader.read(SourceFile.of(file))) {
      return records.filter(PostingRecord::accepted).map(PostingRecord::posting).toList();
    }
  }

  /** The title lists as published: SOC direct-match titles, O*NET occupation titles and alternate titles. */
  static List<OccupationTitle> titles(Path dataDir) throws IOException {
    List<OccupationTitle> out = new ArrayList<>();
    Path soc = dataDir.resolve("soc-2018/soc_2018_direct_match_title_file.csv");
    try (var in = Files.newBufferedReader(soc, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (SocCode.isValid(r.get(0))) {
          out.add(new OccupationTitle(r.get(2), SocCode.parse(r.get(0)), OccupationTitle.SOC_DIRECT_MATCH));
        }
      }
    }
    for (String[] r : tsv(dataDir.resolve("onet/occupation_data.txt.gz"))) {
      out.add(new OccupationTitle(r[1], OnetSocCode.parse(r[0]).soc(), OccupationTitle.ONET_OCCUPATION));
    }
    for (String[] r : tsv(dataDir.resolve("onet/alternate_titles.txt.gz"))) {
      SocCode code = OnetSocCode.parse(r[0]).soc();
      out.add(new OccupationTitle(r[1], code, OccupationTitle.ONET_ALTERNATE));
      if (r.length > 2 && !r[2].isBlank() && !r[2].equalsIgnoreCase("n/a")) {
        out.add(new OccupationTitle(r[2], code, OccupationTitle.ONET_ALTERNATE));
      }
    }
    return out;
  }

  private static List<String[]> tsv(Path gz) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8))) {
      return r.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
  }

  public static String markdown(Result r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Occupation coding on %d Zapply postings whose O*NET-SOC code is hidden; "
        + "%,d published titles.%n%n", r.rows().get(0).postings(), r.titles()));
    s.append("| method | threshold | coded (coverage) | right SOC among coded | right major group among coded |\n");
    s.append("|---|---:|---:|---:|---:|\n");
    for (Row x : r.rows()) {
      s.append(String.format(Locale.ROOT, "| %s | %s | %d (%.1f %%) | %d (%.1f %%) | %d (%.1f %%) |%n", x.method(),
          x.method().startsWith("baseline") ? "–" : String.format(Locale.ROOT, "%.1f", x.threshold()), x.coded(),
          100 * x.coverage(), x.exact(), 100 * x.precision(), x.majorGroup(), 100 * x.majorPrecision()));
    }
    s.append(String.format(Locale.ROOT, "%nMost frequent mistakes at the default threshold %.1f (published code → coded):%n%n",
        TitleCoder.DEFAULT_THRESHOLD));
    s.append("| published | coded | postings | e.g. |\n|---|---|---:|---|\n");
    for (Confusion c : r.confusions()) {
      s.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n", c.truth().value(), c.coded().value(), c.count(),
          c.example().replace("|", "/")));
    }
    s.append(String.format(Locale.ROOT, "%nCoverage at the default threshold %.1f on files without codes:%n%n",
        TitleCoder.DEFAULT_THRESHOLD));
    s.append("| file | postings | coded |\n|---|---:|---:|\n");
    for (Coverage c : r.coverage()) {
      s.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f %%) |%n", c.file(), c.postings(), c.coded(),
          c.postings() == 0 ? 0 : 100.0 * c.coded() / c.postings()));
    }
    return s.toString();
  }
}
