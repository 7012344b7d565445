package org.credval.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.credval.app.platform.imports.Rejection;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.read.Extraction;
import org.credval.app.postings.read.CatalogMentions;
import org.credval.app.postings.read.MentionSource;
import org.credval.core.catalog.CatalogTsv;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.ctdl.CtdlCodec;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credval extract}: postings in, credential mentions out, as JSON Lines. Runs without a
 * database or an application context, so an analyst can run it on a laptop over any posting file.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Read a job-posting file, normalize it, and write one JSON object per credential mention.",
        "Needs no database. Rejected records are reported with file, line, field and reason; good ones are kept."},
    footer = {"", "Formats: nyc-jobs (NYC Open Data CSV), usajobs (Search API JSON), usajobs-questionnaire (JSONL),",
        "jsonld (schema.org JobPosting, one document, an array or JSONL), csv (CSV or JSONL with --mapping).",
        "Built-in mappings: dice, goodwill, jobscraper, zapply.",
        "", "Exit codes: 0 all records read, 1 some records rejected, 2 error."})
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "<file>", description = "The posting file (gzip is fine).")
  Path input;

  @Option(names = "--format", required = true, paramLabel = "<format>",
      description = "nyc-jobs, usajobs, usajobs-questionnaire, jsonld or csv.")
  String format;

  @Option(names = "--mapping", paramLabel = "<file>",
      description = "For --format csv: the column-mapping file, or a built-in mapping's name.")
  String mapping;

  @Option(names = "--output", paramLabel = "<file.jsonl>", description = "Where to write the mentions, one JSON object per line.")
  Path output;

  @Option(names = "--postings-out", paramLabel = "<file.jsonl>", description = "Also write the normalized postings, one per line.")
  Path postingsOut;

  @Option(names = "--catalog", paramLabel = "<file>",
      description = "Credential catalog to match (catalog TSV or CTDL JSON-LD, e.g. from 'credval catalog export'). Default: the starter catalog that ships with credval.")
  Path catalog;

  MentionSource mentions;

  @Override
  public Integer call() throws Exception {
    PostingReader reader = PostingReaders.forFormat(format, mapping);
    if (mentions == null) {
      mentions = new CatalogMentions(catalog == null ? CredentialCatalog.starter() : readCatalog(catalog));
    }
    if (!mentions.available()) {
      System.out.println("credential matcher not available: no mentions are extracted"
          + (output != null ? "; " + output + " will be empty" : ""));
    }
    Extraction.Summary s = Extraction.run(reader, SourceFile.of(input), mentions, output, postingsOut);
    print(s);
    return s.rejected() > 0 ? 1 : 0;
  }

  private static CredentialCatalog readCatalog(Path file) throws java.io.IOException {
    String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
    var parsed = text.stripLeading().startsWith("{") ? CtdlCodec.fromJsonLd(text) : CatalogTsv.read(text);
    return parsed.catalog();
  }

  private void print(Extraction.Summary s) {
    System.out.printf("%s (%s): %d records, %d postings read, %d rejected, %d notes%n",
        input.getFileName(), format, s.records(), s.postings(), s.rejected(), s.notes());
    if (output != null) {
      System.out.printf("  %d mentions written to %s%n", s.mentions(), output);
    }
    if (postingsOut != null) {
      System.out.printf("  %d postings written to %s%n", s.postings(), postingsOut);
    }
    printCounts("  rejected, by reason:", s.rejectionReasons());
    if (!s.firstRejections().isEmpty()) {
      System.out.println("  first rejections:");
      for (Rejection r : s.firstRejections()) {
        System.out.println("    " + r.describe());
      }
    }
    printCounts("  notes (values left empty, records kept):", s.noteReasons());
  }

  private static void printCounts(String title, Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return;
    }
    System.out.println(title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
        .forEach(e -> System.out.printf("    %6d  %s%n", e.getValue(), e.getKey()));
  }
}
