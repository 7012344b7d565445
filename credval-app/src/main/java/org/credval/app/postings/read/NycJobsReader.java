package org.credval.app.postings.read;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.credval.app.platform.imports.ErrorCode;
import org.credval.app.platform.imports.ImportFileException;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.platform.imports.TabularRow;

/**
 * NYC Jobs postings as NYC Open Data publishes them (dataset kpav-sd4t). The same job appears once
 * per posting type, Internal and External; both are kept, told apart by the posting type in the id
 * ({@code 87990-external}) so that duplicate detection can link them later.
 */
public final class NycJobsReader implements PostingReader {

  static final List<String> REQUIRED = List.of("Job ID", "Business Title", "Job Description");
  // Text columns, in the order the posting shows them; the field name is the column in snake case.
  static final List<String> TEXT = List.of("Job Description", "Minimum Qual Requirements", "Preferred Skills",
      "Additional Information");

  @Override
  public String format() {
    return "nyc-jobs";
  }

  @Override
  public Stream<PostingRecord> read(SourceFile file) throws IOException {
    CsvRecords csv = CsvRecords.open(file);
    List<String> missing = REQUIRED.stream().filter(c -> !csv.has(c)).toList();
    if (!missing.isEmpty()) {
      csv.close();
      throw new ImportFileException(ErrorCode.FILE_WRONG_KIND,
          file.name() + " does not look like an NYC Jobs export: its header lacks " + missing);
    }
    return csv.rows().map(row -> posting(row).finish(file.name(), row.line()));
  }

  private PostingDraft posting(TabularRow row) {
    PostingDraft d = new PostingDraft(format());
    String id = row.get("Job ID");
    String type = row.get("Posting Type");
    d.sourceId = id == null ? null : type == null ? id : id + "-" + type.toLowerCase(Locale.ROOT);
    d.employer = row.get("Agency");
    d.title = row.first("Business Title", "Civil Service Title");
    // Every NYC posting is a New York City job; Work Location is a street address.
    d.location = "NY";
    d.area = "New York City";
    d.postedOn = row.get("Posting Date");
    d.payMin = row.get("Salary Range From");
    d.payMax = row.get("Salary Range To");
    d.payBasis = row.get("Salary Frequency");
    for (String c : TEXT) {
      d.section(field(c), row.get(c));
    }
    return d;
  }

  static String field(String column) {
    return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
